/** `npm start`'s arguments, checked before anything is installed, built or launched. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const start = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/start.mjs', ...args], { cwd: root, encoding: 'utf8' });

it.each([
  [['no-such-page.html'], /no such page: no-such-page\.html/],
  [['fixtures/pages/nope.html'], /no such page/],
  [[mkdtempSync(join(tmpdir(), 'siyaq-start-'))], /not a file/],
  [['--bogus'], /unknown option --bogus/],
])('%j: one line on stderr, exit 2, nothing launched', (args, message) => {
  const r = start(...args);
  expect(r.status).toBe(2);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(message);
  expect(r.stdout).not.toMatch(/Building|Installing|Chromium/);
});
