/**
 * `npm run eval`: quality of detection and extraction on every saved page, against the expected
 * JSON written for it (fixtures/expected/) and the sources' own expected outputs.
 * Then entity-level exact-match NER scores (CoNLL style) on the news dev split and AQMAR.
 */
import { expectedPages, pageHtml, companion } from '../tools/fixtures';
import { parseHtml } from '../tools/html';
import { coverage } from '../tools/text-coverage';
import { loadTagger } from '../tools/model-file';
import { evaluate, evaluationSets, formatPrf } from '../tools/ner-eval';
import { detect } from '../lib/pipeline/detect';
import { printKeyEntities } from './eval-keys';
import { extractArticle } from '../lib/pipeline/extract';

const only = process.argv[2];
if (only && only !== 'keys') {
  console.error(`npm run eval: unknown section "${only}" (sections: keys)`);
  process.exit(2);
}
if (only === 'keys') {
  printKeyEntities(loadTagger(), process.argv.includes('--all'));
  process.exit(0);
}

const pages = expectedPages();
let classified = 0;
let fieldsRight = 0;
let fieldsTotal = 0;
let raTp = 0;
let raFp = 0;
let raFn = 0;
let placementRight = 0;
const misses: string[] = [];
const coverages: string[] = [];

for (const p of pages) {
  const doc = parseHtml(pageHtml(p.page), p.url);
  const d = detect(doc, p.url);
  if (d.isArabic === p.isArabic && d.isArticle === p.isArticle) classified++;
  else misses.push(`${p.page}: classified isArabic=${d.isArabic} isArticle=${d.isArticle}`);
  if (!p.isArabic) continue;
  const a = extractArticle(doc, p.url);
  for (const [field, got, want] of [
    ['title', a.title, p.title],
    ['siteName', a.siteName, p.siteName],
    ['publishedAt', a.publishedAt, p.publishedAt],
    ['url', a.url, p.url],
  ] as const) {
    fieldsTotal++;
    if (got === want) fieldsRight++;
    else misses.push(`${p.page}: ${field} ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  }
  const want = new Map(p.readAlso.map((l) => [l.url, l]));
  for (const l of a.readAlso) {
    const w = want.get(l.url);
    if (w) {
      raTp++;
      if (w.placement === l.placement) placementRight++;
    } else {
      raFp++;
      misses.push(`${p.page}: unexpected read-also ${l.url}`);
    }
  }
  raFn += p.readAlso.filter((l) => !a.readAlso.some((x) => x.url === l.url)).length;
  const txt = companion(p.page, '.expected.txt');
  if (txt)
    coverages.push(
      `${p.page}: ${(coverage(a.text, txt) * 100).toFixed(1)}% of the source's expected text`,
    );
  const html = companion(p.page, '.expected.html');
  if (html) {
    const exp = parseHtml(html, p.url).body.textContent ?? '';
    coverages.push(
      `${p.page}: ${(coverage(a.text, exp) * 100).toFixed(1)}% of Readability's expected.html`,
    );
  }
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
const precision = raTp / (raTp + raFp || 1);
const recall = raTp / (raTp + raFn || 1);
console.log(
  `Pages: ${pages.length} (${pages.filter((p) => p.isArabic && p.isArticle).length} Arabic articles)`,
);
console.log(
  `Detection: ${classified}/${pages.length} classified right (${pct(classified, pages.length)})`,
);
console.log(
  `Metadata (title, site, date, canonical URL) on Arabic pages: ${fieldsRight}/${fieldsTotal} exact (${pct(fieldsRight, fieldsTotal)})`,
);
console.log(
  `Read-also links: precision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}%, placement right ${pct(placementRight, raTp)} (${raTp} found, ${raFp} extra, ${raFn} missed)`,
);
console.log('Body text coverage:');
for (const c of coverages) console.log(`  ${c}`);
if (misses.length) {
  console.log('Differences:');
  for (const m of misses) console.log(`  ${m}`);
}

console.log(
  '\nNamed entities (entity-level exact match; PER+LOC+ORG micro is the headline, MISC apart):',
);
const tagger = loadTagger();
for (const set of evaluationSets()) {
  const r = evaluate(tagger, set.name, set.sentences);
  console.log(`  ${r.name} (${r.sentences} sentences)`);
  console.log(`    PER+LOC+ORG  ${formatPrf(r.headline)}  (tagger alone)`);
  console.log(
    `                 ${formatPrf(r.headlineWithDocumentPass)}  (with the document pass)`,
  );
  console.log(
    `                 ${formatPrf(r.headlineAsProduct)}  (as the product tags: document pass, name rules, known names)`,
  );
  for (const t of ['PER', 'LOC', 'ORG', 'MISC'] as const)
    console.log(`    ${t.padEnd(11)}  ${formatPrf(r.perType[t])}`);
}

printKeyEntities(tagger, process.argv.includes('--all'));
