/**
 * The context menu entries, titled in the reader's language: built on install and on the
 * browser's start (its language may have changed), and built again when the language setting
 * changes. The browser keeps them across restarts of the background.
 */
import { messages, type Lang } from '../ui/i18n';

export const HIGHLIGHT_MENU = 'siyaq-highlight';
export const SAVE_PAGE_MENU = 'siyaq-save-page';
export const SAVE_LINK_MENU = 'siyaq-save-link';

/** What a menu entry is made of (the part of `contextMenus.create`'s argument we use). */
export interface MenuEntry {
  id: string;
  title: string;
  contexts: ['selection' | 'page' | 'link'];
}

/** Our entries in `lang`. */
export function menuEntries(lang: Lang): MenuEntry[] {
  const t = messages[lang].menus;
  return [
    { id: HIGHLIGHT_MENU, title: t.highlight, contexts: ['selection'] },
    { id: SAVE_PAGE_MENU, title: t.savePage, contexts: ['page'] },
    { id: SAVE_LINK_MENU, title: t.saveLink, contexts: ['link'] },
  ];
}

/** The browser's menus, as far as we use them. */
export interface MenusApi {
  removeAll(): Promise<void>;
  create(entry: MenuEntry): Promise<void>;
}

/**
 * A function that (re)builds our entries in the current language. Builds never overlap: one asked
 * for while another runs follows it, so the last language wins and no id is created twice.
 */
export function menuBuilder(api: MenusApi, lang: () => Promise<Lang>): () => Promise<void> {
  let last: Promise<void> = Promise.resolve();
  return () => {
    last = last
      .catch(() => undefined)
      .then(async () => {
        const entries = menuEntries(await lang());
        await api.removeAll();
        for (const entry of entries) await api.create(entry);
      });
    return last;
  };
}
