/**
 * Which outlet a page is, by the name a reader knows it by (issue 15): the Arabic name the page
 * gives itself (og:site_name, application-name, JSON-LD publisher, the title's suffix, the logo's
 * alt text), else our table of Arabic news outlets (data/sites/outlets.json: domain → Arabic
 * name), else the name of the page's copyright line, else the Latin name the page declares,
 * else the domain. Pure.
 */
import OUTLETS from '../../data/sites/outlets.json';

/** One outlet of the table. */
export interface Outlet {
  domains: string[];
  /** The name the outlet writes for itself in Arabic. */
  name: string;
  /** ISO 3166-1 alpha-2, or INT for an international service. */
  country: string;
  /** Its own Latin brand, when it has one (LBCI, CNN). */
  latin?: string;
}

const BY_DOMAIN = new Map<string, Outlet>();
for (const o of OUTLETS as Outlet[]) for (const d of o.domains) BY_DOMAIN.set(d, o);

/** The outlet a host name belongs to (the host or any parent domain of it), if the table has it. */
export function outletOf(host: string): Outlet | undefined {
  let h = host.toLowerCase().replace(/^www\./, '');
  for (;;) {
    const o = BY_DOMAIN.get(h);
    if (o) return o;
    const dot = h.indexOf('.');
    if (dot < 0 || h.indexOf('.', dot + 1) < 0) return undefined;
    h = h.slice(dot + 1);
  }
}

const ARABIC_LETTER = /[\u0621-\u064a]/;
/** A site's name is short; a longer "name" is a slogan or a description. */
const MAX_NAME_CHARS = 60;

/** The host name of a URL, lower-cased; '' for an unparsable one. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/**
 * The site name to show, from the names the page gives itself (most trusted first) and its URL.
 * Returns the name and the outlet of the table, if any.
 */
export function siteIdentity(
  candidates: (string | null | undefined)[],
  url: string,
  /** The copyright line's name: after the table, which knows an outlet from its owner company. */
  copyright: string | null = null,
): { name: string; outlet: Outlet | undefined } {
  const host = hostOf(url);
  const outlet = outletOf(host);
  const names = candidates
    .map((c) => c?.replace(/\s+/g, ' ').trim() ?? '')
    .filter((c) => c && c.length <= MAX_NAME_CHARS && !/^https?:|^www\./i.test(c));
  const arabic = names.find((n) => ARABIC_LETTER.test(n));
  if (arabic) return { name: arabic, outlet };
  if (outlet) return { name: outlet.name, outlet };
  if (copyright) return { name: copyright, outlet };
  // A declared Latin name, unless it is only the domain written again.
  const latin = names.find((n) => n.toLowerCase() !== host.replace(/^www\./, ''));
  return { name: latin ?? host.replace(/^www\./, ''), outlet };
}

/** Folded for comparing names: lower case, no spaces, dots or dashes, no `www.` or TLD. */
const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(
      /\.(com|net|org|tv|news|info|co|ma|eg|sa|ae|tn|dz|lb|jo|iq|sy|ps|kw|qa|bh|om|ye|sd|ly)(\.[a-z]{2})?$/,
      '',
    )
    .replace(/[\s.\-_|]+/g, '');

/**
 * Whether a byline is only the site's name or slug (akhbarelyom, Sputnik, LBCI, الحل نت): such a
 * byline names no author and is dropped.
 */
export function isSiteByline(
  byline: string,
  site: { name: string; outlet: Outlet | undefined },
  url: string,
  declared: (string | null | undefined)[] = [],
): boolean {
  // A dateline with the site's name («(أبوظبي - البيان)», «القاهرة / اليوم السابع»): a place and the
  // source, no author.
  const parts = byline
    .replace(/[()]/g, ' ')
    .split(/\s[-–—/|]\s|،/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (
    parts.length === 2 &&
    parts.some((p) => p.split(/\s+/).length <= 2 && isSiteByline(p, site, url, declared))
  )
    return parts.every((p) => p.split(/\s+/).length <= 2);
  const b = fold(byline);
  if (!b) return true;
  const host = hostOf(url).replace(/^www\./, '');
  const names = [
    site.name,
    site.outlet?.name,
    site.outlet?.latin,
    ...(site.outlet?.domains ?? []),
    host,
    host.split('.')[0],
    ...declared,
  ];
  return names.some((n) => {
    const f = n ? fold(n) : '';
    return f.length >= 2 && (f === b || (b.length >= 4 && f.startsWith(b)));
  });
}

/** Words of a copyright line around the name: «© 2022 جميع الحقوق محفوظة لموقع الحل نت». */
const COPYRIGHT_WORDS =
  /©|\(c\)|copyright|all rights reserved|جميع|الحقوق|حقوق|النشر|الطبع|محفوظة|محفوظه|\d{4}\s*[-–]\s*\d{4}|\d{4}|[-–|:.,،]/gi;
const COPYRIGHT_OWNER = /^(لموقع|لصحيفة|لجريدة|لقناة|لمؤسسة|لشبكة|موقع|صحيفة|جريدة|لـ|ل)\s*/;

/** The name a page's copyright line gives (in its footer), when it is Arabic and short. */
export function copyrightName(doc: Document): string | null {
  const boxes = doc.querySelectorAll('footer, [class*="copyright" i], [id*="copyright" i]');
  for (const box of [...boxes].slice(-6)) {
    // The line is the element of the text that carries the mark, not the whole footer.
    const walker = doc.createTreeWalker(box, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!/©|حقوق/.test((n as Text).data)) continue;
      const line = (n.parentElement?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 120);
      const name = line
        .replace(COPYRIGHT_WORDS, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(COPYRIGHT_OWNER, '')
        .replace(/^ـ+/, '')
        .trim();
      if (
        name.length >= 3 &&
        name.length <= 30 &&
        ARABIC_LETTER.test(name) &&
        name.split(' ').length <= 4
      )
        return name;
    }
  }
  return null;
}

/**
 * The byline a reader should see: null when it names only the site (or a place and the site), the
 * author alone when it adds the site's name («محمد الحمادي - البيان» → «محمد الحمادي»), else as given.
 */
export function authorOf(
  byline: string | null,
  site: { name: string; outlet: Outlet | undefined },
  url: string,
  declared: (string | null | undefined)[] = [],
): string | null {
  if (!byline || isSiteByline(byline, site, url, declared)) return null;
  const parts = byline.split(/\s[-–—/|]\s/).map((p) => p.trim());
  if (parts.length === 2) {
    const [a, b] = parts as [string, string];
    if (isSiteByline(b, site, url, declared)) return a;
    if (isSiteByline(a, site, url, declared)) return b;
  }
  return byline;
}

/** The alt text of the site's logo (not a footer credit's), a name the page gives itself. */
export function logoAlt(doc: Document): string | null {
  const imgs = doc.querySelectorAll(
    'header img[alt], img[class*="logo" i][alt], img[id*="logo" i][alt], [class*="logo" i] img[alt], [id*="logo" i] img[alt]',
  );
  for (const img of imgs) {
    const alt = img.getAttribute('alt')?.trim();
    const where = `${img.getAttribute('class') ?? ''} ${img.getAttribute('src') ?? ''}`;
    if (alt && !/footer|sponsor|partner/i.test(where) && !img.closest('footer')) return alt;
  }
  return null;
}
