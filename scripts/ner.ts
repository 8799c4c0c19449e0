/**
 * `npm run --silent ner -- --conll <file> [--no-doc] [--model <file>]`: tags one token per line
 * (first whitespace-separated column; a blank line between sentences; `# ` lines passed through)
 * and prints each line with one space and the predicted tag appended.
 *
 * Tags as the extension does (lib/nlp/document.ts): the tagger, then the document pass, name rules
 * and known names over each document — the lines between `# doc…` comment lines, or, in a file
 * without them, windows of 20 sentences. `--no-doc`: the tagger alone, sentence by sentence.
 * No model or bad input: one line on stderr, exit code 2.
 */
import { readFileSync } from 'node:fs';
import { loadTagger } from '../tools/model-file';
import { tagDocument } from '../lib/nlp/document';
import type { Tagger } from '../lib/nlp/model';

function fail(message: string): never {
  process.stderr.write(`ner: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let model: string | undefined;
let documentPass = true;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--conll') file = args[++i];
  else if (args[i] === '--model') model = args[++i];
  else if (args[i] === '--no-doc') documentPass = false;
  else
    fail(
      `unexpected argument ${args[i]} (usage: npm run --silent ner -- --conll <file> [--no-doc])`,
    );
}
if (!file) fail('no input (usage: npm run --silent ner -- --conll <file>)');

let tagger: Tagger;
try {
  tagger = loadTagger(model);
} catch (e) {
  fail((e as Error).message);
}
let text: string;
try {
  const bytes = readFileSync(file);
  text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch (e) {
  const code = (e as NodeJS.ErrnoException).code;
  fail(
    code === 'ENOENT'
      ? `cannot read ${file}: no such file`
      : code === 'EISDIR'
        ? `cannot read ${file}: is a directory`
        : `cannot read ${file}: not UTF-8 text`,
  );
}

const lines = text.split(/\r?\n/);
if (lines.at(-1) === '') lines.pop();
const out: string[] = [];
/** Sentences waiting to be tagged together: each token with its line. */
type Line = { line: number; token: string };
let doc: Line[][] = [];
let sentence: Line[] = [];
const WINDOW = 20;
const markers = lines.some(isDocMarker);

function isDocMarker(line: string): boolean {
  return /^# doc/.test(line);
}

function endSentence(): void {
  if (sentence.length) doc.push(sentence);
  sentence = [];
  if (!markers && doc.length >= WINDOW) endDocument();
}

function endDocument(): void {
  if (sentence.length) doc.push(sentence);
  sentence = [];
  if (!doc.length) return;
  const words = doc.map((s) => s.map((t) => t.token));
  const tags = documentPass ? tagDocument(tagger, words) : words.map((w) => tagger.tag(w));
  doc.forEach((s, k) => s.forEach((t, i) => (out[t.line] = `${lines[t.line]} ${tags[k]![i]}`)));
  doc = [];
}

lines.forEach((line, i) => {
  if (line.startsWith('# ')) {
    if (isDocMarker(line)) endDocument();
    out[i] = line;
    return;
  }
  const token = line.trim().split(/\s+/)[0];
  if (!token) {
    endSentence();
    out[i] = line;
    return;
  }
  sentence.push({ line: i, token: token.replace(/\u200e/g, '') });
});
endDocument();
process.stdout.write(`${out.join('\n')}\n`);
