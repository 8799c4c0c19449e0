/**
 * Mozilla's add-ons linter (addons-linter, what addons.mozilla.org and `web-ext lint` run) on the
 * Firefox build: no errors. Its warnings are printed, not failed on (today: Readability's and
 * Preact's own innerHTML writes, and the manifest keys Firefox for Android lacks).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const FIREFOX_BUILD = resolve(import.meta.dirname, '../.output/firefox-mv2');
const LINTER = resolve(import.meta.dirname, '../node_modules/addons-linter/bin/addons-linter');

interface Message {
  code: string;
  message: string;
  file?: string;
}

it('the Firefox build passes addons-linter with no errors', () => {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json')))
    throw new Error('no Firefox build: run "npm run build:firefox"');
  expect(existsSync(LINTER)).toBe(true);
  let out: string;
  try {
    out = execFileSync(process.execPath, [LINTER, FIREFOX_BUILD, '--output', 'json'], {
      encoding: 'utf8',
    });
  } catch (e) {
    // It exits non-zero when it finds errors; the report is still on stdout.
    out = (e as { stdout?: string }).stdout ?? '';
  }
  const report = JSON.parse(out) as { errors: Message[]; warnings: Message[] };
  for (const w of report.warnings) console.log(`addons-linter warning ${w.code} ${w.file ?? ''}`);
  expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  // The manifest it linted is ours (not an empty folder); its name comes from _locales.
  const name = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8')).name;
  expect(name).toBe('__MSG_extName__');
  const en = JSON.parse(readFileSync(join(FIREFOX_BUILD, '_locales/en/messages.json'), 'utf8'));
  expect(en.extName.message).toMatch(/Siyaq/);
});
