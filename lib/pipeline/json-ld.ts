/**
 * JSON-LD as news sites publish it: several `<script type="application/ld+json">` blocks, arrays,
 * `@graph` containers, and now and then broken JSON (which is skipped, never thrown).
 */

/** One JSON-LD node: an object with string keys. */
export type LdNode = Record<string, unknown>;

/** Types of the schema.org Article family that mark a page as one article. */
export const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'SatiricalArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
]);

/** Types that mark a listing rather than an article. */
export const LISTING_TYPES = new Set(['CollectionPage', 'ItemList', 'SearchResultsPage']);

function isNode(v: unknown): v is LdNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function collect(value: unknown, out: LdNode[], depth: number): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
  } else if (isNode(value)) {
    out.push(value);
    if (Array.isArray(value['@graph'])) collect(value['@graph'], out, depth + 1);
  }
}

/** All top-level and `@graph` nodes of the document's JSON-LD blocks. Broken blocks are skipped. */
export function readJsonLd(doc: Document): LdNode[] {
  const nodes: LdNode[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const raw = script.textContent;
    if (!raw || raw.length > 1_000_000) continue;
    try {
      collect(JSON.parse(raw.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '')), nodes, 0);
    } catch {
      // Broken JSON-LD is common (ar-akhbarelyom-style CMS templates); other signals remain.
    }
  }
  return nodes;
}

/** The node's `@type` values, as an array of strings. */
export function ldTypes(node: LdNode): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t.replace(/^https?:\/\/schema\.org\//, '')];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** The first node of the Article family, if any. */
export function findArticleNode(nodes: LdNode[]): LdNode | undefined {
  return nodes.find((n) => ldTypes(n).some((t) => ARTICLE_TYPES.has(t)));
}

/** A string property, or the `name` of an object property, or the first of an array. */
export function ldText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(ldText).filter((x): x is string => !!x);
    return names.length ? names.join('، ') : null;
  }
  if (isNode(value)) return ldText(value['name']);
  return null;
}
