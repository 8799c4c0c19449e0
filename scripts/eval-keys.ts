/**
 * The key-entity section of `npm run eval` (issue 13): per set — the Arabic fixture pages, the
 * news texts tuned on, the news texts held back — key-entity recall (expected entities among the
 * top ten with the right type) and top-10 precision (real named entities of the right type, no
 * fragment, no second entry for one entity), with the failures listed.
 */
import { expectedPages, pageHtml } from '../tools/fixtures';
import { parseHtml } from '../tools/html';
import {
  newsAnnotations,
  newsTexts,
  pageAnnotations,
  scoreText,
  summarize,
  type KeyEntityAnnotation,
  type TextScore,
} from '../tools/key-entity-eval';
import { extractEntities } from '../lib/nlp/entities';
import type { Site } from '../lib/nlp/own-outlet';
import type { Tagger } from '../lib/nlp/model';
import { extractArticle } from '../lib/pipeline/extract';

export interface Doc {
  annotation: KeyEntityAnnotation;
  title: string;
  text: string;
  /** A page's outlet (its own name is left out of its entities, as in the product). */
  site?: Site;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function report(
  name: string,
  tagger: Tagger,
  docs: Doc[],
  showTop: boolean,
  listFailures = true,
): void {
  const scores: TextScore[] = [];
  const lines: string[] = [];
  for (const d of docs) {
    const ranked = extractEntities(tagger, d.text, d.title, d.site);
    const s = scoreText(d.annotation, ranked);
    scores.push(s);
    const problems = [
      ...s.missed.map((m) => `missed ${m}`),
      ...s.wrong.map((w) => `${w.item} (${w.verdict})`),
    ];
    if (listFailures && (problems.length || showTop)) {
      lines.push(
        `    ${d.annotation.id}: key ${s.keyFound}/${s.keyTotal}, top ${s.topRight}/${s.topTotal}`,
      );
      if (problems.length) lines.push(`      ${problems.join('، ')}`);
      if (showTop)
        lines.push(
          `      top ten: ${ranked
            .slice(0, 10)
            .map((e) => `${e.type}:${e.name}`)
            .join('، ')}`,
        );
    }
  }
  const t = summarize(scores);
  console.log(
    `  ${name} (${docs.length} texts): key-entity recall ${pct(t.recall)} (${t.keyFound}/${t.keyTotal}), top-10 precision ${pct(t.precision)} (${t.topRight}/${t.topTotal})`,
  );
  for (const l of lines) console.log(l);
}

/** The annotated documents of each set: fixture pages, news texts tuned on, news texts held back. */
export function keyEntityDocs(): { pages: Doc[]; tuned: Doc[]; heldOut: Doc[] } {
  const pageNotes = new Map(pageAnnotations().map((a) => [a.id, a]));
  const pages: Doc[] = [];
  for (const p of expectedPages()) {
    const annotation = pageNotes.get(p.page);
    if (!annotation) continue;
    const a = extractArticle(parseHtml(pageHtml(p.page), p.url), p.url);
    pages.push({
      annotation,
      title: a.title,
      text: a.text,
      site: { name: a.siteName, url: a.url },
    });
  }
  const texts = new Map(newsTexts().map((t) => [t.id, t]));
  const docs = newsAnnotations().map((annotation) => {
    const t = texts.get(annotation.id);
    if (!t) throw new Error(`key-entities.json: no news text ${annotation.id}`);
    return { annotation, title: t.title, text: t.text };
  });
  return {
    pages,
    tuned: docs.filter((d) => d.annotation.split === 'tune'),
    heldOut: docs.filter((d) => d.annotation.split === 'held-out'),
  };
}

/** Recall and precision of one set, as a short line (for scripts/ner-levers.ts). */
export function keyFigures(tagger: Tagger, docs: Doc[]): string {
  const t = summarize(
    docs.map((d) => scoreText(d.annotation, extractEntities(tagger, d.text, d.title, d.site))),
  );
  return `key ${pct(t.recall)} top ${pct(t.precision)}`;
}

/**
 * Prints the section; `showTop` also prints every text's top ten (not for the held-back texts).
 * The held-back texts' failures are listed with `--held-out-failures` only.
 */
export function printKeyEntities(tagger: Tagger, showTop = false): void {
  console.log(
    '\nKey entities (top ten of the ranked entities, judged against texts annotated by reading):',
  );
  const { pages, tuned, heldOut } = keyEntityDocs();
  report('fixture pages', tagger, pages, showTop);
  report('news texts, tuned on', tagger, tuned, showTop);
  // The held-back texts' failures are listed only on request: looking at them while improving
  // the product would make them tuned texts too.
  report(
    'news texts, held back (never tuned on)',
    tagger,
    heldOut,
    false,
    process.argv.includes('--held-out-failures'),
  );
}
