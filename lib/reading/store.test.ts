import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { SiyaqDatabase } from '../db/database';
import { Hlc } from './hlc';
import { saveItem, setField } from './ops';
import { ReadingList } from './store';

let database: SiyaqDatabase;
let list: ReadingList;
let changes = 0;
let now = Date.UTC(2026, 10, 1);
let n = 0;
beforeEach(() => {
  database = new SiyaqDatabase(`reading-${n++}`);
  changes = 0;
  const clock = new Hlc('dev1', () => now);
  list = new ReadingList(
    () => database,
    async () => clock,
    () => changes++,
    () => now,
  );
});
afterEach(() => database.delete());

it('saves an article once under its URL key, with what this device knows', async () => {
  const a = await list.save({
    url: 'https://www.7al.net/2022/01/07/general/?utm_source=x',
    title: '  من هو   الجنرال؟ ',
    excerpt: 'مقتطف',
    entities: ['سيرديوكوف'],
  });
  expect(a).toMatchObject({
    id: '7al.net/2022/01/07/general',
    title: 'من هو الجنرال؟',
    site: '7al.net',
    savedAt: now,
    readAt: null,
    excerpt: 'مقتطف',
    entities: ['سيرديوكوف'],
    tags: [],
  });
  now += 1000;
  await list.save({
    url: 'http://7al.net/2022/01/07/general',
    title: 'عنوان آخر',
    tags: ['روسيا'],
  });
  const all = await database.reading.toArray();
  expect(all).toHaveLength(1);
  expect(all[0]).toMatchObject({ title: 'من هو الجنرال؟', tags: ['روسيا'], savedAt: a.savedAt });
  expect(changes).toBe(2);
});

it('refuses what is not a web address, writing nothing', async () => {
  await expect(list.save({ url: 'javascript:alert(1)' })).rejects.toThrow(/not a web address/);
  await expect(
    list.saveMany([{ url: 'https://a.example/1' }, { url: 'data:text/html,x' }]),
  ).rejects.toThrow();
  expect(await database.reading.count()).toBe(0);
});

it('read, archive, tags, title: each a stamped change; no-ops are not written', async () => {
  const { id } = await list.save({ url: 'https://a.example/1', title: 'أ' });
  now += 10;
  expect(await list.setRead([id], true)).toBe(1);
  const read = await database.reading.get(id);
  expect(read?.readAt).toBe(now);
  const stamp = read!.stamps.readAt;
  await list.setRead([id], true);
  expect((await database.reading.get(id))!.stamps.readAt).toBe(stamp); // unchanged
  await list.setArchived([id], true);
  await list.setTag([id], ' سياسة ', true);
  await list.setTitle(id, 'عنوان جديد');
  expect(await database.reading.get(id)).toMatchObject({
    archivedAt: now,
    tags: ['سياسة'],
    title: 'عنوان جديد',
  });
  await list.bulk([id], 'unread');
  expect((await database.reading.get(id))!.readAt).toBeNull();
});

it('a delete is a tombstone; saving again brings the article back, fresh', async () => {
  const { id } = await list.save({ url: 'https://a.example/1', title: 'أ', tags: ['قديم'] });
  now += 10;
  await list.remove([id]);
  expect(await list.find('https://a.example/1')).toBeUndefined();
  expect((await database.reading.get(id))!.deletedAt).toBe(now);
  now += 10;
  await list.save({ url: 'https://a.example/1', title: 'ب' });
  expect(await list.find('https://a.example/1')).toMatchObject({
    title: 'ب',
    tags: [],
    readAt: null,
  });
});

it('a copy from another device merges with a local edit made meanwhile; local fields stay', async () => {
  const mine = await list.save({ url: 'https://a.example/1', title: 'أ', excerpt: 'مقتطفي' });
  const other = new Hlc('dev2', () => now + 5);
  const theirs = setField(
    saveItem(undefined, { id: mine.id, url: mine.url, title: 'أ', savedAt: 1 }, other.tick()),
    'readAt',
    77,
    other.tick(),
  );
  now += 10;
  await list.setTag([mine.id], 'محلي', true); // made after the engine read the list
  await list.put([theirs]);
  expect(await database.reading.get(mine.id)).toMatchObject({
    readAt: 77,
    tags: ['محلي'],
    excerpt: 'مقتطفي',
  });
});

it('marks the items that did not fit, and unmarks them when they do', async () => {
  const a = await list.save({ url: 'https://a.example/1' });
  const b = await list.save({ url: 'https://a.example/2' });
  await list.setLocalOnly([a.id]);
  expect((await database.reading.get(a.id))!.localOnly).toBe(true);
  expect((await database.reading.get(b.id))!.localOnly).toBeUndefined();
  await list.setLocalOnly([]);
  expect((await database.reading.get(a.id))!.localOnly).toBeUndefined();
});

it('a visit fills in a saved link: title if it had none, excerpt and entities; unsaved pages untouched', async () => {
  const { id } = await list.save({ url: 'https://a.example/1' });
  expect((await database.reading.get(id))!.title).toBe('');
  expect(
    await list.enrich('https://a.example/1', {
      title: 'عنوان',
      excerpt: 'مقتطف',
      entities: ['مصر'],
    }),
  ).toBe(true);
  expect(await database.reading.get(id)).toMatchObject({
    title: 'عنوان',
    excerpt: 'مقتطف',
    entities: ['مصر'],
  });
  await list.enrich('https://a.example/1', { title: 'آخر', excerpt: '', entities: [] });
  expect((await database.reading.get(id))!.title).toBe('عنوان');
  expect(await list.enrich('https://b.example/2', { title: 'x', excerpt: '', entities: [] })).toBe(
    false,
  );
  expect(await database.reading.count()).toBe(1);
});
