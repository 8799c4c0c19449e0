/** The `analyze` command as a reader runs it: JSON on stdout, or one line on stderr and exit 2. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const analyze = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/analyze.ts', ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );

it('prints one JSON object with the documented fields for the sample article', () => {
  const r = analyze('fixtures/pages/ar-7al-kazakhstan.html');
  expect(r.status).toBe(0);
  const out = JSON.parse(r.stdout) as Record<string, unknown>;
  expect(Object.keys(out)).toEqual(
    expect.arrayContaining([
      'isArabic',
      'isArticle',
      'confidence',
      'title',
      'siteName',
      'byline',
      'publishedAt',
      'text',
      'readAlso',
    ]),
  );
  expect(out).toMatchObject({
    isArabic: true,
    isArticle: true,
    publishedAt: '2022-01-07T14:30:00+03:00',
  });
  expect((out.readAlso as { placement: string }[]).map((l) => l.placement)).toEqual([
    'in-article',
    'in-article',
  ]);
});

it('takes --url as the page address for relative links', () => {
  const dir = mkdtempSync(join(tmpdir(), 'siyaq-analyze-'));
  const file = join(dir, 'p.html');
  writeFileSync(
    file,
    '<html lang="ar"><body><p>اقرأ أيضا: <a href="/x/1">خبر آخر مهم</a></p></body></html>',
  );
  const r = analyze(file, '--url', 'https://news.example/a/b');
  expect(r.status).toBe(0);
  expect((JSON.parse(r.stdout) as { readAlso: { url: string }[] }).readAlso[0]?.url).toBe(
    'https://news.example/x/1',
  );
});

it.each([
  [['fixtures/pages/does-not-exist.html'], /cannot read .*does-not-exist\.html: no such file/],
  [['fixtures/pages'], /cannot read fixtures\/pages: is a directory/],
  [[], /no page given/],
  [['fixtures/pages/ar-7al-kazakhstan.html', '--url', 'not a url'], /not a URL/],
])('exits 2 with a one-line error for %j', (args, message) => {
  const r = analyze(...args);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(message);
});
