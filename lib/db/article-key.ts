/**
 * One key per article whatever link led to it (issue 5): scheme, `www.`/`m.`/`amp.` hosts, a
 * trailing slash, AMP variants, tracking parameters and the fragment do not make another article.
 * `https://www.example.com/a/1/amp/?utm_source=x&id=2` → `example.com/a/1?id=2`.
 */

/** Query parameters that track the click, not name the page. */
const TRACKING =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ref|ref_src|ref_url|src|source|cmpid|ocid|at_[a-z_]+|ito|__twitter_impression|s_cid|xtor|amp|outputtype|output_type)$/i;

/** The article's key, or null for anything that is not an http(s) URL. */
export function articleKey(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/^(?:www\d?|m|mobile|amp)\./, '');
  let path = url.pathname
    .replace(/\/+/g, '/')
    .replace(/\/amp(?:\.html)?\/?$/i, '/')
    .replace(/\.amp(?=\.html?$|$)/i, '')
    .replace(/\/index\.(?:html?|php|aspx?)$/i, '/');
  if (path.length > 1) path = path.replace(/\/$/, '');
  if (path === '/') path = '';
  const params = [...url.searchParams.entries()]
    .filter(([k]) => !TRACKING.test(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params)}` : '';
  const port = url.port && !['80', '443'].includes(url.port) ? `:${url.port}` : '';
  return `${host}${port}${safeDecode(path)}${query}`;
}

/**
 * The URL with its percent-encoded UTF-8 decoded where that changes nothing a browser sees
 * (`/%D8%A7%D9%84…` → `/ال…`): a third of the bytes for an Arabic slug. Reserved characters stay
 * encoded; anything undecodable is returned as it was.
 */
export function compactUrl(href: string): string {
  try {
    const url = new URL(href);
    const decoded = `${url.origin}${decodeURI(url.pathname)}${decodeURI(url.search)}${decodeURI(url.hash)}`;
    return new URL(decoded).href === url.href ? decoded : href;
  } catch {
    return href;
  }
}

/** Percent-decoded path, so an Arabic slug written either way gives one key. */
function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
