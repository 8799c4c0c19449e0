/** The `ner` command as a reader runs it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'siyaq-ner-'));
const ner = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/ner.ts', ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );

it('appends one predicted tag to each token line, passing comments and blank lines through', () => {
  const file = join(dir, 'in.conll');
  writeFileSync(
    file,
    '# doc_id = test\nقال O\nالرئيس\nالروسي\nفلاديمير\nبوتين\nفي\nموسكو\n.\n\nوزارة\nالدفاع\n',
  );
  const r = ner('--conll', file);
  expect(r.status).toBe(0);
  const lines = r.stdout.trimEnd().split('\n');
  expect(lines[0]).toBe('# doc_id = test');
  expect(lines[1]).toMatch(/^قال O (O|[BI]-(PER|LOC|ORG|MISC))$/);
  expect(lines[9]).toBe('');
  expect(lines).toHaveLength(12);
  for (const line of lines.filter((l) => l && !l.startsWith('# '))) {
    expect(line).toMatch(/ (O|[BI]-(PER|LOC|ORG|MISC))$/);
  }
  expect(lines.slice(4, 6)).toEqual(['فلاديمير B-PER', 'بوتين I-PER']);
});

it.each([
  [['--conll', '/nonexistent/file.conll'], /no such file/],
  [['--conll', join(dir, 'in.conll'), '--model', join(dir, 'nope.bin')], /no model file/],
  [[], /no input/],
])('exits 2 with one line on stderr for %j', (args, message) => {
  const r = ner(...args);
  expect(r.status).toBe(2);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(message);
});

it('refuses a file that is not UTF-8 text and a model file that is not a model', () => {
  const bad = join(dir, 'latin1.conll');
  writeFileSync(bad, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  expect(ner('--conll', bad).stderr).toMatch(/not UTF-8 text/);
  const fake = join(dir, 'fake.bin');
  writeFileSync(fake, 'hello');
  const r = ner('--conll', bad, '--model', fake);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/not a Siyaq NER model file/);
});

it('tags each document as the extension does unless --no-doc: a name found once is found again', () => {
  const file = join(dir, 'docs.conll');
  const doc = (n: number) =>
    `# doc ${n}\nقال\nالمتحدث\nإيغور\nتشاكا\nإن\nالجيش\nجاهز\n.\n\nوأضاف\nتشاكا\nأن\nالقوات\nوصلت\n\n`;
  // The second document names تشاكا alone: nothing in it says he is a person.
  writeFileSync(file, `${doc(1)}# doc 2\nوأضاف\nتشاكا\nأن\nالقوات\nوصلت\n`);
  const withDoc = ner('--conll', file).stdout.split('\n');
  const alone = ner('--conll', file, '--no-doc').stdout.split('\n');
  expect(withDoc[3]).toBe('إيغور B-PER');
  expect(withDoc[11]).toBe('تشاكا B-PER');
  expect(alone[11]).toBe('تشاكا O');
  // Documents are separate: the second one's تشاكا is not claimed from the first.
  expect(withDoc[18]).toBe('تشاكا O');
  expect(withDoc.filter(Boolean)).toHaveLength(alone.filter(Boolean).length);
});

it('without document markers, tags windows of 20 sentences together', () => {
  const file = join(dir, 'windows.conll');
  const named = 'قال\nالمتحدث\nإيغور\nتشاكا\nإن\nالجيش\nجاهز\n.\n';
  const alone = 'وأضاف\nتشاكا\nأن\nالقوات\nوصلت\n';
  // Sentence 1 names him in full; sentence 2 (same window) and sentence 21 (next window) alone.
  const sentences = [named, alone, ...Array(18).fill('ثم\nعاد\n'), alone];
  writeFileSync(file, sentences.join('\n'));
  const out = ner('--conll', file).stdout.split('\n');
  const tagsOf = (line: string) => out.filter((l) => l.startsWith(line));
  expect(tagsOf('تشاكا ')).toEqual(['تشاكا I-PER', 'تشاكا B-PER', 'تشاكا O']);
});
