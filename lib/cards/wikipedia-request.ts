/**
 * Requests to Arabic Wikipedia for entity cards (issue 4): all of an article's names in one
 * `action=query` request — intro extract, thumbnail, page props (Wikidata id, disambiguation),
 * short description — with redirects followed. The request carries names only: never the page's
 * address or title, never cookies (the caller fetches with `credentials: 'omit'`).
 */

/** The API endpoint. */
export const WIKI_API = 'https://ar.wikipedia.org/w/api.php';

/**
 * Titles per request: the API's limit. TextExtracts returns at most 20 intro extracts per request
 * (`exlimit` ≤ 20); when more of the titles exist, the answer says `continue` and the service asks
 * for the rest of the extracts (`continueUrl`) — only articles with over 20 known names need it.
 */
export const TITLES_PER_REQUEST = 50;

/** Characters MediaWiki does not allow in titles (`|` would also split the list), and control characters. */
const BAD_TITLE = /[|#<>[\]{}\p{Cc}]/u;
const MAX_TITLE_CHARS = 255;

/** Whether a name can be sent as a title at all. */
export function isValidTitle(title: string): boolean {
  const t = title.trim();
  return t.length > 0 && t.length <= MAX_TITLE_CHARS && !BAD_TITLE.test(t);
}

/** One request: its URL and the titles it asks for. */
export interface CardRequest {
  url: string;
  titles: string[];
}

/**
 * Builds the requests for `titles`: invalid titles dropped, duplicates removed, sorted (so the
 * same names always give the same URL), split into batches of {@link TITLES_PER_REQUEST}.
 */
export function buildCardRequests(titles: string[], endpoint = WIKI_API): CardRequest[] {
  const unique = [...new Set(titles.map((t) => t.trim()).filter(isValidTitle))].sort();
  const out: CardRequest[] = [];
  for (let i = 0; i < unique.length; i += TITLES_PER_REQUEST) {
    const batch = unique.slice(i, i + TITLES_PER_REQUEST);
    const params = new URLSearchParams({
      action: 'query',
      format: 'json',
      formatversion: '2',
      origin: '*',
      redirects: '1',
      prop: 'extracts|pageimages|pageprops|description',
      exintro: '1',
      explaintext: '1',
      exlimit: 'max',
      piprop: 'thumbnail',
      pithumbsize: '160',
      pilimit: 'max',
      ppprop: 'disambiguation|wikibase_item',
      titles: batch.join('|'),
    });
    out.push({ url: `${endpoint}?${params}`, titles: batch });
  }
  return out;
}

/** The follow-up of `request` for the extracts that did not fit, from the answer's `continue`. */
export function continueUrl(request: CardRequest, more: Record<string, string>): string {
  const url = new URL(request.url);
  for (const [k, v] of Object.entries(more)) url.searchParams.set(k, v);
  return url.toString();
}
