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

/** Second-level labels under which a country code names the site one level down (bbc.co.uk). */
const SECOND_LEVEL = /^(?:com|net|org|gov|edu|co|ac|sch|info|news|med|mil|nic)$/;

/**
 * The site of a URL, roughly its registrable domain: `arabic.cnn.com` → `cnn.com`,
 * `www.alwatan.com.sa` → `alwatan.com.sa`; an IP address or a one-label host is its own site.
 * Empty for what is not a URL.
 */
export function siteOf(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return '';
  }
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const [sld, tld] = labels.slice(-2) as [string, string];
  const keep = tld.length === 2 && SECOND_LEVEL.test(sld) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/**
 * A copy on the reader's own machine (a saved page served from 127.0.0.1 or localhost): like an
 * archive's copy, it stands for the article it names as canonical. No site can serve from there.
 */
export function isLoopback(url: string): boolean {
  try {
    return /^(?:127(?:\.\d{1,3}){3}|localhost|\[::1\])$/i.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * Whether a page at `pageUrl` may name `claimed` as its canonical address: the same site, or the
 * page is an archive's or the reader's own copy. A page on one site naming another site's article
 * would otherwise overwrite that article's stored record (a poisoned canonical).
 */
export function mayClaim(pageUrl: string, claimed: string): boolean {
  const own = unarchived(withoutHash(pageUrl));
  return own !== withoutHash(pageUrl) || isLoopback(own) || siteOf(own) === siteOf(claimed);
}
