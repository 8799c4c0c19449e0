import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { PAGE_KEY, pageParts, trusted } from './parts';
import { createShadowHost, HOST_SELECTOR, inOurUi } from './shadow-host';

describe('the page registry', () => {
  it('is one per world, under a symbol a page element cannot shadow', () => {
    const { window } = new JSDOM('<div id="siyaq.page"></div><div id="__siyaqHighlights"></div>');
    const a = pageParts(window);
    expect(pageParts(window)).toBe(a);
    expect((window as unknown as Record<symbol, unknown>)[Symbol.for(PAGE_KEY)]).toBe(a);
    // The clobbering elements are still the page's; ours is not reachable by a name.
    expect((window as unknown as Record<string, unknown>)['siyaq.page']).not.toBe(a);
  });

  it('replaces a part of the same name (tearing the old one down) and tears all down in reverse', () => {
    const parts = pageParts({});
    const order: string[] = [];
    const part = (n: string) => ({ teardown: () => order.push(n) });
    parts.add('a', part('a1'));
    parts.add('a', part('a2'));
    parts.add('b', part('b'));
    expect(order).toEqual(['a1']);
    parts.teardown();
    expect(order).toEqual(['a1', 'b', 'a2']);
    expect(parts.names()).toEqual([]);
  });

  it('a part that throws on teardown does not keep the others in the page', () => {
    const parts = pageParts({});
    const after = vi.fn();
    parts.add('ok', { teardown: after });
    parts.add('broken', {
      teardown: () => {
        throw new Error('its page is gone');
      },
    });
    parts.teardown();
    expect(after).toHaveBeenCalled();
  });

  it('dispatches the background calls to the part, null when it is absent', () => {
    const parts = pageParts({});
    parts.add('marks', { teardown() {}, call: (m, a) => [m, a] });
    expect(parts.dispatch('marks', 'show', { names: [] })).toEqual(['show', { names: [] }]);
    expect(parts.dispatch('highlights', 'status', {})).toBeNull();
  });
});

describe('trusted listeners', () => {
  it('ignore events the page dispatched', () => {
    const { window } = new JSDOM('<button>x</button>');
    const spy = vi.fn();
    const button = window.document.querySelector('button')!;
    button.addEventListener('click', trusted(spy));
    button.dispatchEvent(new window.MouseEvent('click', { bubbles: true }));
    button.click();
    expect(spy).not.toHaveBeenCalled();
    trusted(spy)({ isTrusted: true } as Event);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});

describe('shadow hosts', () => {
  it('are built-in elements with a closed root, marked and removable', () => {
    const { window } = new JSDOM('<p>نص</p>');
    const doc = window.document;
    const { host, root, remove } = createShadowHost(doc, 'toolbar', '.bar{}');
    expect(host.localName).toBe('div');
    expect(host.shadowRoot).toBeNull();
    expect(root.querySelector('style')!.textContent).toContain(':host{all:initial !important}');
    expect(doc.querySelectorAll(HOST_SELECTOR)).toHaveLength(1);
    const inside = doc.createElement('span');
    root.append(inside);
    expect(inOurUi(host)).toBe(true);
    expect(inOurUi(doc.querySelector('p'))).toBe(false);
    remove();
    expect(doc.querySelectorAll(HOST_SELECTOR)).toHaveLength(0);
  });
});
