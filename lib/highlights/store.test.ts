import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { SiyaqDatabase } from '../db/database';
import { describe as describeSelectors } from './anchor';
import { highlightsMarkdown } from './markdown';
import { pageHighlights, saveHighlight, updateHighlight } from './store';

let database: SiyaqDatabase;
let n = 0;
beforeEach(() => {
  database = new SiyaqDatabase(`highlights-${n++}`);
});
afterEach(() => database.delete());

const text = 'قال المتحدث باسم وزارة الدفاع إن القوات وصلت إلى ألماتي صباح اليوم.';
const sel = (q: string) => describeSelectors(text, text.indexOf(q), text.indexOf(q) + q.length);

it('saves highlights and lists a page’s in reading order, whatever link led to the page', async () => {
  await saveHighlight(
    database,
    { pageUrl: 'https://a.com/x?utm_source=t', selectors: sel('ألماتي'), color: 'green' },
    2,
  );
  await saveHighlight(
    database,
    {
      pageUrl: 'https://www.a.com/x',
      selectors: sel('وزارة الدفاع'),
      color: 'yellow',
      note: 'مهم',
    },
    1,
  );
  await saveHighlight(
    database,
    { pageUrl: 'https://a.com/other', selectors: sel('القوات'), color: 'yellow' },
    3,
  );
  const list = await pageHighlights(database, 'http://a.com/x/');
  expect(list.map((h) => [h.quote, h.note, h.color])).toEqual([
    ['وزارة الدفاع', 'مهم', 'yellow'],
    ['ألماتي', '', 'green'],
  ]);
});

it('edits notes and colours; deleting keeps a tombstone that undo clears', async () => {
  const h = await saveHighlight(
    database,
    { pageUrl: 'https://a.com/x', selectors: sel('القوات'), color: 'yellow' },
    1,
  );
  await updateHighlight(database, { id: h.id, note: 'ملاحظة', color: 'pink' }, 5);
  expect(await database.highlights.get(h.id)).toMatchObject({
    note: 'ملاحظة',
    color: 'pink',
    updatedAt: 5,
  });
  await updateHighlight(database, { id: h.id, deleted: true }, 6);
  expect(await pageHighlights(database, 'https://a.com/x')).toHaveLength(0);
  expect((await pageHighlights(database, 'https://a.com/x', true))[0]?.deletedAt).toBe(6);
  await updateHighlight(database, { id: h.id, deleted: false }, 7);
  expect(await pageHighlights(database, 'https://a.com/x')).toHaveLength(1);
  await expect(updateHighlight(database, { id: 'nope', note: 'x' }, 8)).rejects.toThrow(
    'no such highlight',
  );
});

it('two tabs saving at once keep both', async () => {
  await Promise.all([
    saveHighlight(
      database,
      { pageUrl: 'https://a.com/x', selectors: sel('القوات'), color: 'yellow' },
      1,
    ),
    saveHighlight(
      database,
      { pageUrl: 'https://a.com/x', selectors: sel('ألماتي'), color: 'yellow' },
      1,
    ),
  ]);
  expect(await pageHighlights(database, 'https://a.com/x')).toHaveLength(2);
});

it('exports a page’s highlights as Markdown', () => {
  const md = highlightsMarkdown([
    {
      title: 'من هو  الجنرال؟',
      url: 'https://a.com/x',
      highlights: [
        { quote: 'السطر الأول\nالسطر الثاني', note: 'رأيي' },
        { quote: 'اقتباس *مهم* <b>', note: '' },
      ],
    },
  ]);
  // The same writer as the dashboard's export: a linked heading, quotes and notes escaped.
  expect(md).toBe(
    '# [من هو الجنرال؟](<https://a.com/x>)\n\n> السطر الأول\n> السطر الثاني\n\nرأيي\n\n> اقتباس \\*مهم\\* \\<b\\>\n',
  );
});
