import { expect, it } from 'vitest';
import type { ReadingItem } from './model';
import { selectItems, summarise } from './view';

const item = (id: string, over: Partial<ReadingItem> = {}): ReadingItem => ({
  id,
  url: `https://${id}`,
  title: id,
  savedAt: 0,
  readAt: null,
  archivedAt: null,
  deletedAt: null,
  stamps: {},
  tagState: {},
  site: id.split('/')[0]!,
  excerpt: '',
  entities: [],
  tags: [],
  updatedAt: 0,
  ...over,
});

const items = [
  item('a.com/1', { title: 'بشار الأسد في موسكو', savedAt: 3, tags: ['سياسة'] }),
  item('b.com/2', { title: 'مباراة', savedAt: 1, readAt: 5, entities: ['الأهلي'] }),
  item('c.com/3', { title: 'أرشيف', savedAt: 2, readAt: 5, archivedAt: 6, tags: ['سياسة'] }),
  item('d.com/4', { title: 'محذوف', savedAt: 9, deletedAt: 10 }),
  item('e.com/5', { title: 'عاجل', savedAt: 4, localOnly: true }),
];
const ids = (xs: ReadingItem[]) => xs.map((i) => i.id);

it('views: unread, read, archived, all — never deleted', () => {
  expect(ids(selectItems(items, { view: 'unread' }))).toEqual(['e.com/5', 'a.com/1']);
  expect(ids(selectItems(items, { view: 'read' }))).toEqual(['b.com/2']);
  expect(ids(selectItems(items, { view: 'archived' }))).toEqual(['c.com/3']);
  expect(ids(selectItems(items, { view: 'all', sort: 'oldest' }))).toEqual([
    'b.com/2',
    'c.com/3',
    'a.com/1',
    'e.com/5',
  ]);
});

it('search folds Arabic spelling and looks at entities and sites; tags filter', () => {
  expect(ids(selectItems(items, { view: 'all', search: 'الاسد موسكو' }))).toEqual(['a.com/1']);
  expect(ids(selectItems(items, { view: 'all', search: 'الاهلي' }))).toEqual(['b.com/2']);
  expect(ids(selectItems(items, { view: 'all', search: 'c.com' }))).toEqual(['c.com/3']);
  expect(ids(selectItems(items, { view: 'all', tag: 'سياسة' }))).toEqual(['a.com/1', 'c.com/3']);
});

it('summarises counts, tags in use and what is not synced', () => {
  expect(summarise(items)).toEqual({
    views: { unread: 2, read: 1, archived: 1, all: 4 },
    tags: [['سياسة', 2]],
    localOnly: 1,
  });
});
