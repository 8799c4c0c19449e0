/** Node-only: where the saved pages and their expected outputs live, for tests, eval and bench. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeHtml } from './decode-html';

/** `fixtures/` at the repository root. */
export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');
export const PAGES_DIR = join(FIXTURES_DIR, 'pages');
export const EXPECTED_DIR = join(FIXTURES_DIR, 'expected');

/** Our expected analysis of one saved page, written by reading the page (fixtures/expected/). */
export interface ExpectedPage {
  page: string;
  url: string;
  isArabic: boolean;
  isArticle: boolean;
  title: string;
  siteName: string;
  publishedAt: string | null;
  readAlso: { url: string; title: string; placement: 'in-article' | 'after-article' }[];
  notReadAlso?: string[];
  textMustContain?: string[];
  textMustNotContain?: string[];
  /** Names a reader expects among the key entities, by type, written by reading the article. */
  keyEntitiesMustInclude?: Partial<Record<'PER' | 'LOC' | 'ORG' | 'MISC', string[]>>;
  note?: string;
}

/** Every page's expected JSON, sorted by name. */
export function expectedPages(): ExpectedPage[] {
  return readdirSync(EXPECTED_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(EXPECTED_DIR, f), 'utf8')) as ExpectedPage);
}

/** The saved page's HTML, decoded as a browser decodes it (decode-html.ts). */
export function pageHtml(name: string): string {
  return decodeHtml(readFileSync(join(PAGES_DIR, name))).text;
}

/** A companion file of a page from its source (`ar-x.expected.txt` for `ar-x.html`), if present. */
export function companion(page: string, suffix: string): string | null {
  const path = join(PAGES_DIR, page.replace(/\.html$/, suffix));
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}
