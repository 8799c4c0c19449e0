/**
 * Reads Arabic Wikipedia's answer to a card request (formatversion=2): follows the `normalized`
 * and `redirects` chains back to the names asked for, and tells found pages, missing pages and
 * disambiguation pages apart. Everything comes out as plain strings; nothing is ever HTML.
 */
import { truncate } from '../text/arabic';

/** Bodies larger than this are refused unread (a card needs a few kilobytes). */
export const MAX_BODY_CHARS = 2_000_000;
const MAX_EXTRACT_CHARS = 700;
const MAX_DESCRIPTION_CHARS = 200;

/** What Wikipedia says about one name. */
export type WikiResult =
  | {
      status: 'found';
      title: string;
      description: string | null;
      extract: string;
      thumbnail: string | null;
      wikidata: string | null;
      url: string;
    }
  | { status: 'disambiguation'; title: string; url: string }
  | { status: 'missing' };

/** An answer that is not the API's JSON (an HTML error page, a truncated or huge body). */
export class BadResponseError extends Error {}

type Page = {
  title?: unknown;
  missing?: unknown;
  invalid?: unknown;
  extract?: unknown;
  description?: unknown;
  thumbnail?: { source?: unknown };
  pageprops?: { disambiguation?: unknown; wikibase_item?: unknown };
};

function str(v: unknown, max: number): string | null {
  if (typeof v !== 'string') return null;
  const t = v.replace(/\s+/g, ' ').trim();
  if (!t) return null;
  return truncate(t, max);
}

/** The article's address for a title. */
export function pageUrl(title: string): string {
  return `https://ar.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`;
}

function thumbnailOf(v: unknown): string | null {
  const s = typeof v === 'string' ? v : '';
  return /^https:\/\/upload\.wikimedia\.org\//.test(s) ? s : null;
}

/** The part of an answer the cards use; answers to continued requests merge into one. */
export interface QueryAnswer {
  hops: Map<string, string>;
  pages: Map<string, Page>;
  /** The API's `continue` parameters when some extracts did not fit (`exlimit` is 20). */
  continue: Record<string, string> | null;
}

/** Reads one response body; with `into`, merges it into an earlier part of the same answer. */
export function readAnswer(body: string, into?: QueryAnswer): QueryAnswer {
  if (body.length > MAX_BODY_CHARS) throw new BadResponseError('response too large');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new BadResponseError('response is not JSON');
  }
  const query = (json as { query?: unknown } | null)?.query as
    | {
        normalized?: { from: string; to: string }[];
        redirects?: { from: string; to: string }[];
        pages?: Page[];
      }
    | undefined;
  if (!query || typeof query !== 'object') throw new BadResponseError('response has no query');
  const answer = into ?? { hops: new Map(), pages: new Map(), continue: null };
  for (const list of [query.normalized, query.redirects]) {
    if (!Array.isArray(list)) continue;
    for (const r of list)
      if (typeof r?.from === 'string' && typeof r?.to === 'string') answer.hops.set(r.from, r.to);
  }
  for (const p of Array.isArray(query.pages) ? query.pages : []) {
    if (typeof p?.title !== 'string') continue;
    const before = answer.pages.get(p.title);
    // A continued answer repeats the pages; keep what either part knows.
    answer.pages.set(p.title, before ? { ...before, ...definedOf(p) } : p);
  }
  const more = (json as { continue?: unknown }).continue;
  answer.continue =
    more && typeof more === 'object' && 'excontinue' in more
      ? Object.fromEntries(Object.entries(more).map(([k, v]) => [k, String(v)]))
      : null;
  return answer;
}

function definedOf(p: Page): Page {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as Page;
}

/** What the answer says about each name in `requested`; every requested name gets a result. */
export function resultsOf(answer: QueryAnswer, requested: string[]): Map<string, WikiResult> {
  const out = new Map<string, WikiResult>();
  for (const name of requested) {
    let title = name;
    for (let i = 0; i < 5 && answer.hops.has(title); i++) title = answer.hops.get(title)!;
    const page = answer.pages.get(title);
    if (!page || page.missing !== undefined || page.invalid !== undefined) {
      out.set(name, { status: 'missing' });
    } else if (page.pageprops && page.pageprops.disambiguation !== undefined) {
      out.set(name, { status: 'disambiguation', title, url: pageUrl(title) });
    } else {
      const extract = str(page.extract, MAX_EXTRACT_CHARS);
      const description = str(page.description, MAX_DESCRIPTION_CHARS);
      if (!extract && !description) {
        out.set(name, { status: 'missing' });
        continue;
      }
      out.set(name, {
        status: 'found',
        title,
        description,
        extract: extract ?? '',
        thumbnail: thumbnailOf(page.thumbnail?.source),
        wikidata:
          typeof page.pageprops?.wikibase_item === 'string' ? page.pageprops.wikibase_item : null,
        url: pageUrl(title),
      });
    }
  }
  return out;
}

/** Parses one complete `body` for the names in `requested`. */
export function parseCardResponse(body: string, requested: string[]): Map<string, WikiResult> {
  return resultsOf(readAnswer(body), requested);
}
