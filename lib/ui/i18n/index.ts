/**
 * The one i18n module: every string Siyaq shows, in Arabic (`ar.ts`, right to left) and English
 * (`en.ts`), and the reader's choice of language.
 *
 * The language follows the browser's (Arabic if its UI language is Arabic, else English) until
 * the reader chooses one on the options page or with the dashboard's switch; the choice is a
 * synced setting and applies to every page, the context menus and what Siyaq shows in news
 * pages (lib/page/ gets its labels from the background: `pageLabels`).
 */
import { browser } from 'wxt/browser';
import { defineSetting } from '../../settings';
import { ar } from './ar';
import { en } from './en';
import type { Messages } from './types';

export type { Messages } from './types';

export type Lang = 'ar' | 'en';
/** What the reader chose: a language, or the browser's ('auto', the default). */
export type LangChoice = Lang | 'auto';

export const messages: Record<Lang, Messages> = { ar, en };

/** Each language's name in itself (the language menu shows them so). */
export const LANGUAGE_NAMES: Record<Lang, string> = { ar: 'العربية', en: 'English' };

export const langSetting = defineSetting<LangChoice>(
  'settings.uiLanguage',
  'auto',
  (v): v is LangChoice => v === 'ar' || v === 'en' || v === 'auto',
);

/** Arabic for an Arabic language tag ('ar', 'ar-EG', 'ar_SA'), English for any other. */
export function langOfTag(tag: string | null | undefined): Lang {
  return /^ar(?:[-_]|$)/i.test(tag ?? '') ? 'ar' : 'en';
}

/** The browser's UI language as one of ours (`i18n.getUILanguage()`; the page's where absent). */
export function browserLang(): Lang {
  let tag: string | undefined;
  try {
    tag = browser.i18n.getUILanguage();
  } catch {
    tag = globalThis.navigator?.language;
  }
  return langOfTag(tag);
}

/** The language a choice means here. */
export function resolveLang(choice: LangChoice, fromBrowser: () => Lang = browserLang): Lang {
  return choice === 'auto' ? fromBrowser() : choice;
}

/** The language Siyaq speaks now. */
export async function currentLang(): Promise<Lang> {
  return resolveLang(await langSetting.getValue());
}

export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/** The labels of what Siyaq shows in a news page, resolved for one language (plain strings). */
export type PageLabels = { [K in keyof Messages['page']]: string } & {
  lang: Lang;
  dir: 'rtl' | 'ltr';
};

/** The page's labels in `lang`; `maxQuote` is the longest selection that can be highlighted. */
export function pageLabels(lang: Lang, maxQuote: number): PageLabels {
  const page = messages[lang].page;
  return { ...page, tooLong: page.tooLong(maxQuote), lang, dir: dirOf(lang) };
}
