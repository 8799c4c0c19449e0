/** URL helpers shared by detection and extraction. */

/**
 * Resolves `href` against `base` and returns it only if it is an http(s) URL. Relative and
 * protocol-relative links become absolute; `javascript:`, `data:`, `mailto:` and unparsable
 * values give `null`. The fragment is dropped: it never names a different article.
 */
export function toHttpUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (!trimmed || trimmed.startsWith('#')) return null;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return url.href;
}

/** The URL without its fragment, for "is this link the page itself?" comparisons. */
export function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}

/**
 * Archives that carry the original address in their own: the Wayback Machine
 * (`web.archive.org/web/20220929002532/https://site/…`, also with `id_`/`if_` flags and a
 * scheme with one slash), Archive-It, and Google's cache (`…/search?q=cache:https://site/…`).
 */
const ARCHIVED =
  /^https?:\/\/(?:web\.archive\.org|wayback\.archive-it\.org\/\d+)\/(?:web\/)?\d{1,14}(?:[a-z]{2}_)?\/(.+)$/i;

/** The original address of an archived copy, or null when `url` is not an archive's. */
export function archivedOriginal(url: string): string | null {
  let original: string | undefined;
  const m = ARCHIVED.exec(url);
  if (m) original = m[1];
  else {
    try {
      const u = new URL(url);
      if (u.hostname === 'webcache.googleusercontent.com')
        original = /^cache:(?:[^:]+:)?(.+)$/.exec(u.searchParams.get('q') ?? '')?.[1];
    } catch {
      return null;
    }
  }
  if (!original) return null;
  // The Wayback Machine collapses `https://` to `https:/` in some links; a bare host gets http.
  const withScheme = /^https?:\/\//i.test(original)
    ? original
    : /^https?:\//i.test(original)
      ? original.replace(/^(https?:)\//i, '$1//')
      : `http://${original}`;
  const resolved = toHttpUrl(withScheme, withScheme);
  return resolved && !archivedOriginal(resolved) ? resolved : null;
}

/** The address a page stands for: an archived copy's original, else the page's own. */
export function unarchived(url: string): string {
  return archivedOriginal(url) ?? url;
}
