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
