import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SiyaqDatabase } from '../db/database';
import { recordVisit, SAME_VISIT_MS } from '../related/visits';
import { testArticle, testEntity } from '../../tools/test-article';
import { storySoFar, storyTime } from './story';
import { saveHighlight, updateHighlight } from '../highlights/store';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1);
let database: SiyaqDatabase;
let n = 0;

beforeEach(() => {
  database = new SiyaqDatabase(`story-${n++}`);
});
afterEach(() => database.delete());

const ent = (key: string) => testEntity(key, 1, 2);

const SUDAN = ['PER:البشير', 'LOC:الخرطوم', 'ORG:قوى الحرية والتغيير'];
async function visit(url: string, keys: string[], day: number, over = {}) {
  return recordVisit(
    database,
    testArticle(url, { title: `عنوان ${url}`, ...over }),
    T0 + day * DAY,
    keys.map((k) => ent(k)),
    async (titles) => titles.map(() => []),
  );
}

describe('the story so far', () => {
  it('lists the earlier articles of the story newest first, with what links them; not an unrelated one', async () => {
    await visit('https://a.com/1', SUDAN, 0);
    await visit('https://b.com/2', [SUDAN[1]!, SUDAN[0]!], 3);
    await visit('https://c.com/3', ['LOC:الخرطوم', 'LOC:مصر'], 4); // one common-ish name only
    await visit('https://c.com/4', [SUDAN[2]!, SUDAN[1]!], 6);
    await visit('https://d.com/5', ['PER:محمد صلاح', 'ORG:ليفربول'], 7);
    // Enough other articles naming الخرطوم that it is not rare.
    for (let i = 0; i < 4; i++) await visit(`https://e.com/k${i}`, ['LOC:الخرطوم'], -30 - i);
    await visit('https://a.com/6', SUDAN, 8);
    const story = await storySoFar(database, 'https://a.com/6', T0 + 8 * DAY);
    expect(story.entries.map((e) => e.url)).toEqual([
      'https://c.com/4',
      'https://b.com/2',
      'https://a.com/1',
    ]);
    expect(story.entries[0]!.shared).toEqual(['الخرطوم', 'قوى الحرية والتغيير']);
    expect(story.entries[0]).toMatchObject({ site: 'c.com', dated: false, isNew: false });
    expect(story.entries[0]!.at).toBe(T0 + 6 * DAY);
  });

  it('carries the reader’s highlights on the story’s articles, in reading order, not deleted ones', async () => {
    await visit('https://a.com/1', SUDAN, 0);
    await visit('https://b.com/2', SUDAN, 1);
    const sel = (exact: string, start: number) => ({
      quote: { exact, prefix: '', suffix: '' },
      position: { start, end: start + exact.length },
    });
    const on = (pageUrl: string, exact: string, start: number) =>
      saveHighlight(database, { pageUrl, selectors: sel(exact, start), color: 'yellow' }, T0);
    await on('https://a.com/1', 'الثانية', 40);
    await on('https://a.com/1', 'الأولى', 10);
    const gone = await on('https://a.com/1', 'محذوفة', 60);
    await updateHighlight(database, { id: gone.id, deleted: true }, T0 + 1);
    await on('https://x.com/other', 'خارج القصة', 0);
    const story = await storySoFar(database, 'https://b.com/2', T0 + DAY);
    expect(story.entries.map((e) => e.highlights?.map((h) => h.quote))).toEqual([
      ['الأولى', 'الثانية'],
    ]);
  });

  it('marks what the reader read of the story since their last visit to this article', async () => {
    await visit('https://a.com/1', SUDAN, 0);
    await visit('https://a.com/2', SUDAN, 1);
    await visit('https://b.com/3', SUDAN, 3); // read after the first visit to a.com/2
    // A reload within the same visit does not move "your last visit".
    await visit('https://a.com/2', SUDAN, 5);
    await visit('https://a.com/2', SUDAN, 5 + SAME_VISIT_MS / DAY / 2);
    const story = await storySoFar(database, 'https://a.com/2', T0 + 5 * DAY);
    expect(story.entries.map((e) => [e.url, e.isNew])).toEqual([
      ['https://b.com/3', true],
      ['https://a.com/1', false],
    ]);
  });

  it('then the read-also links seen on the story’s articles that the reader has not opened', async () => {
    const readAlso = (urls: string[]) =>
      urls.map((url) => ({ url, title: `رابط ${url}`, placement: 'after-article' as const }));
    await visit('https://a.com/1', SUDAN, 0, {
      readAlso: readAlso(['https://a.com/x', 'https://a.com/y', 'https://b.com/read']),
    });
    await visit('https://b.com/read', SUDAN, 1, { readAlso: readAlso(['https://a.com/y']) });
    await visit('https://a.com/2', SUDAN, 2, { readAlso: readAlso(['https://a.com/own']) });
    const story = await storySoFar(database, 'https://a.com/2', T0 + 2 * DAY);
    // y is linked by two of the story's articles, x by one; the read one is not offered.
    expect(story.unread.map((l) => l.url)).toEqual(['https://a.com/y', 'https://a.com/x']);
  });

  it('bad input: an unknown article, an article without entities, a history of one', async () => {
    expect(await storySoFar(database, 'https://nowhere.com/1', T0)).toEqual({
      entries: [],
      unread: [],
    });
    await visit('https://a.com/1', [], 0);
    expect((await storySoFar(database, 'https://a.com/1', T0)).entries).toEqual([]);
    await visit('https://a.com/2', SUDAN, 0);
    expect((await storySoFar(database, 'https://a.com/2', T0)).entries).toEqual([]);
  });

  it('dates: the published date when it is sane, else the first read', () => {
    const first = T0 + 10 * DAY;
    expect(storyTime({ publishedAt: '2026-11-03T10:00:00Z', firstVisitAt: first }, first)).toEqual({
      at: Date.parse('2026-11-03T10:00:00Z'),
      dated: true,
    });
    // A date years after the reading (a wrong year on the page) and no date at all.
    expect(storyTime({ publishedAt: '2031-01-01', firstVisitAt: first }, first)).toEqual({
      at: first,
      dated: false,
    });
    expect(storyTime({ publishedAt: 'not a date', firstVisitAt: first }, first).dated).toBe(false);
    // A first read "in the future" (a clock that jumped forward) is brought back to now.
    expect(storyTime({ firstVisitAt: first + 5 * DAY }, first)).toEqual({
      at: first,
      dated: false,
    });
  });
});
