/**
 * The dictionaries (Arabic and English) hold the same keys, every string is filled in, the
 * manifest's `__MSG_…__` keys are in both `_locales`, and no Arabic UI string is left in the code
 * of the pages, the page scripts or the background.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  browserLang,
  dirOf,
  langOfTag,
  langSetting,
  messages,
  pageLabels,
  resolveLang,
} from './index';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Every leaf of a dictionary as [path, value]; a function is called with sample arguments (a
 * numeral, which reads as a number or a string alike).
 */
function leaves(dict: object, path = ''): [string, unknown][] {
  return Object.entries(dict).flatMap(([k, v]): [string, unknown][] => {
    const at = path ? `${path}.${k}` : k;
    if (typeof v === 'function')
      return [[`${at}()`, v(...Array.from({ length: v.length }, () => '3'))]];
    if (v && typeof v === 'object') return leaves(v, at);
    return [[at, v]];
  });
}

/** The shape of a dictionary: each key's path with the kind of its value (and a function's arity). */
function shape(dict: object, path = ''): string[] {
  return Object.entries(dict).flatMap(([k, v]) => {
    const at = path ? `${path}.${k}` : k;
    if (typeof v === 'function') return [`${at}/${v.length}`];
    if (v && typeof v === 'object') return shape(v, at);
    return [`${at}:${typeof v}`];
  });
}

describe('the dictionaries', () => {
  it('Arabic and English have the same keys, of the same kinds', () => {
    expect(shape(messages.en).sort()).toEqual(shape(messages.ar).sort());
    expect(shape(messages.ar).length).toBeGreaterThan(150);
  });

  it('have no empty string, and every function gives a non-empty string', () => {
    for (const lang of ['ar', 'en'] as const)
      for (const [path, value] of leaves(messages[lang])) {
        expect(typeof value, `${lang}: ${path}`).toBe('string');
        expect((value as string).trim(), `${lang}: ${path}`).not.toBe('');
      }
  });

  it('the Arabic strings are Arabic and the English ones are not', () => {
    const arabic = /[\u0600-\u06FF]/;
    // The dashboard's switch names the other language; the locale is a language tag.
    const notArabic = new Set(['language', 'locale']);
    for (const [path, value] of leaves(messages.ar))
      if (!notArabic.has(path)) expect(value, `ar: ${path}`).toMatch(arabic);
    for (const [path, value] of leaves(messages.en))
      if (path !== 'language') expect(value, `en: ${path}`).not.toMatch(arabic);
  });
});

describe('the language', () => {
  it('is Arabic for an Arabic browser, English for any other', () => {
    for (const tag of ['ar', 'ar-EG', 'ar_SA', 'AR-ma']) expect(langOfTag(tag)).toBe('ar');
    for (const tag of ['en-US', 'fr', 'fa', 'ur', 'arn', '', undefined])
      expect(langOfTag(tag)).toBe('en');
  });

  it("follows the browser's UI language until the reader chooses one", async () => {
    const ui = vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ar-EG');
    try {
      expect(browserLang()).toBe('ar');
      ui.mockReturnValue('en-GB');
      expect(browserLang()).toBe('en');
    } finally {
      ui.mockRestore();
    }
    fakeBrowser.reset();
    expect(await langSetting.getValue()).toBe('auto');
    expect(resolveLang('auto', () => 'ar')).toBe('ar');
    expect(resolveLang('auto', () => 'en')).toBe('en');
    expect(resolveLang('en', () => 'ar')).toBe('en');
    expect(resolveLang('ar', () => 'en')).toBe('ar');
    await fakeBrowser.storage.local.set({ 'settings.uiLanguage': 'fr' });
    expect(await langSetting.getValue()).toBe('auto');
    expect([dirOf('ar'), dirOf('en')]).toEqual(['rtl', 'ltr']);
  });

  it('the labels sent to the page scripts are plain strings, with their direction', () => {
    for (const lang of ['ar', 'en'] as const) {
      const labels = pageLabels(lang, 5000);
      for (const [k, v] of Object.entries(labels)) expect(typeof v, k).toBe('string');
      expect(labels.dir).toBe(dirOf(lang));
      expect(JSON.parse(JSON.stringify(labels))).toEqual(labels);
    }
    expect(pageLabels('ar', 5000).tooLong).toContain('أطول من 5000 حرف');
    expect(pageLabels('en', 5000).tooLong).toContain('longer than 5,000 characters');
  });
});

describe('the manifest', () => {
  const locale = (lang: string) =>
    JSON.parse(
      readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'),
    ) as Record<string, { message: string }>;

  it('both _locales hold the same keys, every message filled in', () => {
    const ar = locale('ar');
    const en = locale('en');
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const [key, m] of [...Object.entries(ar), ...Object.entries(en)])
      expect(m.message.trim(), key).not.toBe('');
  });

  it('every __MSG_…__ the manifest sources use is in both _locales', () => {
    const sources = [
      readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8'),
      ...readdirSync(join(ROOT, 'entrypoints'))
        .map((d) => join(ROOT, 'entrypoints', d, 'index.html'))
        .filter((p) => existsSync(p))
        .map((p) => readFileSync(p, 'utf8')),
    ].join('\n');
    const used = [...sources.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used).toEqual(
      expect.arrayContaining([
        'extName',
        'extDescription',
        'commandToggleSidebar',
        'commandHighlightSelection',
        'commandSaveForLater',
      ]),
    );
    for (const lang of ['ar', 'en']) {
      const have = locale(lang);
      for (const key of used) expect(have[key]?.message, `${lang}: ${key}`).toBeTruthy();
    }
  });
});

/** The .ts and .tsx files under `dir`, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

it('no Arabic UI string is left outside lib/ui/i18n/ in the pages, page scripts, background, UI helpers or reading list', () => {
  const arabic = /[\u0600-\u06FF]/;
  const found: string[] = [];
  const dirs = ['components', 'entrypoints', 'lib/page', 'lib/background', 'lib/ui', 'lib/reading'];
  for (const dir of dirs)
    for (const file of sources(join(ROOT, dir)).filter((f) => !f.includes('/lib/ui/i18n/'))) {
      const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
      const sf = ts.createSourceFile(
        file,
        readFileSync(file, 'utf8'),
        ts.ScriptTarget.Latest,
        true,
        kind,
      );
      const visit = (n: ts.Node): void => {
        // Comments are not nodes: only strings, templates and JSX text are looked at.
        if (
          (ts.isStringLiteral(n) ||
            ts.isNoSubstitutionTemplateLiteral(n) ||
            ts.isTemplateLiteralToken(n) ||
            ts.isJsxText(n)) &&
          arabic.test(n.text)
        )
          found.push(`${file.slice(ROOT.length + 1)}: ${n.text.trim()}`);
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
  expect(found).toEqual([]);
});
