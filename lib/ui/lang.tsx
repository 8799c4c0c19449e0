/**
 * The reader's language in a Preact page: read before the first render (no flash of the other
 * language), followed live (a change on the options page or the dashboard shows at once), and
 * written to `<html lang dir>` and the page's title. Components read it with `useLang()`.
 */
import { createContext, render, type ComponentChildren, type VNode } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
import {
  dirOf,
  langSetting,
  messages,
  resolveLang,
  type Lang,
  type LangChoice,
  type Messages,
} from './i18n';
import { useSetting } from './use-setting';

export interface LangState {
  lang: Lang;
  t: Messages;
  /** What the reader chose ('auto': the browser's language). */
  choice: LangChoice;
}

// Outside a provider (component tests), Arabic.
const LangContext = createContext<LangState>({ lang: 'ar', t: messages.ar, choice: 'ar' });

/** The page's language and its strings. */
export function useLang(): LangState {
  return useContext(LangContext);
}

/** Sets the document's language, direction and (when given) title. */
export function applyLang(doc: Document, lang: Lang, title?: string): void {
  doc.documentElement.lang = lang;
  doc.documentElement.dir = dirOf(lang);
  if (title !== undefined) doc.title = title;
}

function LangProvider({
  initial,
  title,
  children,
}: {
  initial: LangChoice;
  title?: (t: Messages) => string;
  children: ComponentChildren;
}) {
  const [choice] = useSetting(langSetting, initial);
  const lang = resolveLang(choice);
  const t = messages[lang];
  useEffect(() => applyLang(document, lang, title?.(t)), [lang]);
  return <LangContext.Provider value={{ lang, t, choice }}>{children}</LangContext.Provider>;
}

/**
 * Renders a page's `app` into `#app` in the reader's language; `title` names the page in that
 * language.
 */
export async function mountPage(app: VNode, title?: (t: Messages) => string): Promise<void> {
  const choice = await langSetting.getValue().catch((): LangChoice => 'auto');
  const lang = resolveLang(choice);
  applyLang(document, lang, title?.(messages[lang]));
  render(
    <LangProvider initial={choice} title={title}>
      {app}
    </LangProvider>,
    document.getElementById('app')!,
  );
}
