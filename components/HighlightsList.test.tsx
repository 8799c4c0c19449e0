// @vitest-environment jsdom
/**
 * The highlights list keeps the keyboard's focus through delete and undo, whatever the order in
 * which the database's answer arrives: the item pressed never vanishes from under the focus.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HighlightRecord } from '../lib/db/database';
import { HighlightsList, type HighlightsListProps } from './HighlightsList';

function row(id: string, deletedAt: number | null): HighlightRecord {
  return {
    id,
    deletedAt,
    quote: `نص ${id}`,
    note: '',
    color: 'yellow',
  } as unknown as HighlightRecord;
}

let root: HTMLElement;
let onDelete: ReturnType<typeof vi.fn>;

function props(highlights: HighlightRecord[]): HighlightsListProps {
  return {
    highlights,
    missing: [],
    onShow: () => undefined,
    onNote: () => undefined,
    onDelete: onDelete as unknown as HighlightsListProps['onDelete'],
    onExport: () => undefined,
  };
}

function draw(highlights: HighlightRecord[]) {
  act(() => render(<HighlightsList {...props(highlights)} />, root));
}

const active = () => document.activeElement as HTMLElement | null;
const item = (id: string) => root.querySelector<HTMLElement>(`[data-id="${id}"]`);

// jsdom has no CSS.escape; the ids here need none.
(globalThis as { CSS?: { escape(s: string): string } }).CSS ??= { escape: (s: string) => s };

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  onDelete = vi.fn();
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

describe('HighlightsList with the keyboard', () => {
  it('delete moves the focus to undo once the database says so; undo keeps the item in place and then focuses its note', () => {
    draw([row('a', null)]);
    const del = item('a')!.querySelector<HTMLButtonElement>('.delete')!;
    del.focus();
    act(() => del.click());
    expect(onDelete).toHaveBeenLastCalledWith('a', true);
    // The database has not answered yet: the item is still live.
    expect(item('a')!.querySelector('.delete')).not.toBeNull();
    draw([row('a', 1000)]);
    expect(active()?.matches('.undo')).toBe(true);
    const undo = active() as HTMLButtonElement;
    act(() => undo.click());
    expect(onDelete).toHaveBeenLastCalledWith('a', false);
    // Before the database answers, the item (and the heading's list) are still there: the only
    // highlight of the page never turns into "no highlights" for a moment.
    expect(item('a')).not.toBeNull();
    expect(root.querySelector('.empty')).toBeNull();
    draw([row('a', null)]);
    expect(active()?.matches('textarea.note')).toBe(true);
    expect(item('a')!.contains(active())).toBe(true);
  });

  it('an answer that comes in several renders still lands the focus on the note', () => {
    draw([row('a', null), row('b', null)]);
    const del = item('b')!.querySelector<HTMLButtonElement>('.delete')!;
    act(() => del.click());
    draw([row('a', null), row('b', 1000)]);
    act(() => (active() as HTMLButtonElement).click());
    // Another render with nothing new (another live query answered), then the real one.
    draw([row('a', null), row('b', 1000)]);
    expect(active()?.matches('.undo')).toBe(true);
    draw([row('a', null), row('b', null)]);
    expect(active()?.matches('textarea.note')).toBe(true);
    expect(item('b')!.contains(active())).toBe(true);
  });

  it('the focus moves as each answer is rendered, without waiting for a paint (delete, then undo at once)', async () => {
    // No act(): renders commit as the browser would, passive effects wait for a frame.
    const tick = () => Promise.resolve();
    render(<HighlightsList {...props([row('a', null)])} />, root);
    item('a')!.querySelector<HTMLButtonElement>('.delete')!.click();
    await tick();
    render(<HighlightsList {...props([row('a', 1000)])} />, root);
    expect(active()?.matches('.undo')).toBe(true);
    item('a')!.querySelector<HTMLButtonElement>('.undo')!.click();
    await tick();
    render(<HighlightsList {...props([row('a', null)])} />, root);
    expect(active()?.matches('textarea.note')).toBe(true);
  });

  it('a highlight deleted elsewhere (not here) is not shown for undo', () => {
    draw([row('a', null), row('b', 1000)]);
    expect(item('b')).toBeNull();
    expect(root.querySelector('.count')?.textContent).toBe('(1)');
  });
});
