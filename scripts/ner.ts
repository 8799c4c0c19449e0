/**
 * `npm run --silent ner -- --conll <file> [--model <file>]`: tags one token per line (first
 * whitespace-separated column; a blank line between sentences; `# ` lines passed through) and
 * prints each line with one space and the predicted tag appended. No model or bad input: one
 * line on stderr, exit code 2.
 */
import { readFileSync } from 'node:fs';
import { loadTagger } from '../lib/node/model-file';

function fail(message: string): never {
  process.stderr.write(`ner: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let model: string | undefined;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--conll') file = args[++i];
  else if (args[i] === '--model') model = args[++i];
  else fail(`unexpected argument ${args[i]} (usage: npm run --silent ner -- --conll <file>)`);
}
if (!file) fail('no input (usage: npm run --silent ner -- --conll <file>)');

let tagger;
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
let sentence: { line: number; token: string }[] = [];
const flush = () => {
  if (!sentence.length) return;
  const tags = tagger.tag(sentence.map((s) => s.token));
  sentence.forEach((s, i) => (out[s.line] = `${lines[s.line]} ${tags[i]}`));
  sentence = [];
};
lines.forEach((line, i) => {
  if (line.startsWith('# ')) {
    out[i] = line;
    return;
  }
  const token = line.trim().split(/\s+/)[0];
  if (!token) {
    flush();
    out[i] = line;
    return;
  }
  sentence.push({ line: i, token: token.replace(/\u200e/g, '') });
});
flush();
process.stdout.write(`${out.join('\n')}\n`);
