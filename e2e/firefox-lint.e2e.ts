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

it('the store zips hold what they need: the built extension, and the sources without tests', () => {
  const root = resolve(import.meta.dirname, '..');
  // `wxt zip` rebuilds the Firefox extension in place (the same files) and zips it with its sources.
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/wxt/bin/wxt.mjs'), 'zip', '-b', 'firefox'],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const list = (zip: string) =>
    execFileSync('unzip', ['-Z1', join(root, '.output', zip)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
  const ext = list(`siyaq-${version}-firefox.zip`);
  expect(ext).toEqual(
    expect.arrayContaining(['manifest.json', 'background.js', 'model/ner.bin', 'sidebar.html']),
  );
  // Built files only: no sources, maps, tests or licences of data the extension does not ship.
  expect(
    ext.filter((f) => /\.(ts|tsx|map)$|test|^(lib|e2e|fixtures|node_modules)\//.test(f)),
  ).toEqual([]);
  const sources = list(`siyaq-${version}-sources.zip`);
  expect(sources).toEqual(
    expect.arrayContaining([
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'lib/nlp/model.ts',
      'scripts/train-ner.ts',
      'public/model/ner.bin',
      'LICENSE',
    ]),
  );
  expect(
    sources.filter((f) =>
      /^(e2e|fixtures|test-results|node_modules|\.output|\.wxt|\.tools|docs\/screenshots)\/|\.test\.ts$/.test(
        f,
      ),
    ),
  ).toEqual([]);
}, 180_000);
