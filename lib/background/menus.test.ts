import { expect, it } from 'vitest';
import type { Lang } from '../ui/i18n';
import { HIGHLIGHT_MENU, menuBuilder, menuEntries, type MenuEntry } from './menus';

/** The browser's menus, as a list. */
function fakeMenus() {
  const entries: MenuEntry[] = [];
  return {
    entries,
    api: {
      async removeAll() {
        entries.splice(0);
      },
      async create(entry: MenuEntry) {
        await new Promise((r) => setTimeout(r, 1));
        if (entries.some((e) => e.id === entry.id)) throw new Error(`duplicate id ${entry.id}`);
        entries.push(entry);
      },
    },
  };
}

it('the context menu entries are titled in each language', () => {
  expect(menuEntries('ar').map((e) => e.title)).toEqual([
    'ظلّل بسياق',
    'احفظ للقراءة لاحقًا',
    'احفظ الرابط للقراءة لاحقًا',
  ]);
  expect(menuEntries('en').map((e) => e.title)).toEqual([
    'Highlight with Siyaq',
    'Save for later',
    'Save the link for later',
  ]);
  expect(menuEntries('en').map((e) => e.id)).toEqual(menuEntries('ar').map((e) => e.id));
});

it('a change of language rebuilds them in the new one; builds asked for together never overlap', async () => {
  const menus = fakeMenus();
  let lang: Lang = 'en';
  const build = menuBuilder(menus.api, async () => lang);
  await build();
  expect(menus.entries.find((e) => e.id === HIGHLIGHT_MENU)?.title).toBe('Highlight with Siyaq');
  lang = 'ar';
  // The language setting and the browser's start may ask at once: the last language wins.
  await Promise.all([build(), build(), build()]);
  expect(menus.entries.map((e) => e.title)).toEqual(menuEntries('ar').map((e) => e.title));
});

it('a failed build does not stop the next one', async () => {
  const menus = fakeMenus();
  let fail = true;
  const build = menuBuilder(
    {
      removeAll: menus.api.removeAll,
      create: async (e) => {
        if (fail) throw new Error('no menus now');
        await menus.api.create(e);
      },
    },
    async () => 'ar',
  );
  await expect(build()).rejects.toThrow('no menus now');
  fail = false;
  await build();
  expect(menus.entries).toHaveLength(3);
});
