#!/usr/bin/env node
/**
 * `npm start [-- <page>…] [--headless|--headed]`: installs what is missing, builds the extension,
 * serves the bundled sample article(s) on 127.0.0.1, opens them in Chromium with the extension,
 * prints what it found and saves a screenshot. A page is a fixture's name (fixtures/pages/) or a
 * path to any saved `.html`; one that is missing or unreadable, or an unknown option, is a
 * one-line error and exit code 2 before anything is installed or launched. Plain Node (no
 * dependencies) so it can run before `npm ci`.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const usage =
  'usage: npm start [-- <fixture name or path to a saved .html>…] [--headless|--headed]';
const fail = (message) => {
  console.error(`npm start: ${message}`);
  process.exit(2);
};
const pages = [];
for (const arg of process.argv.slice(2)) {
  if (arg === '--headless' || arg === '--headed') continue;
  if (arg.startsWith('-')) fail(`unknown option ${arg} (${usage})`);
  const fixture = join(root, 'fixtures/pages', arg);
  const path = existsSync(resolve(arg)) ? resolve(arg) : existsSync(fixture) ? fixture : null;
  if (!path)
    fail(`no such page: ${arg} (a fixture name from fixtures/pages/ or a path to a saved .html)`);
  if (!statSync(path).isFile()) fail(`not a file: ${arg}`);
  try {
    accessSync(path, constants.R_OK);
  } catch {
    fail(`cannot read ${arg}`);
  }
  pages.push(path);
}
const sh = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

if (Number(process.versions.node.split('.')[0]) < 22)
  console.log(
    `Node ${process.versions.node}: WXT declares Node 22; it works, with engine warnings. ` +
      '`. scripts/node22.sh` puts Node 22 first on PATH (README, "The two commands").',
  );
if (!existsSync(`${root}/node_modules/.bin/wxt`)) {
  console.log('Installing npm packages (npm ci)…');
  if (sh('npm', ['ci', '--no-audit', '--no-fund']) !== 0) process.exit(1);
}

const chromium =
  process.env.CHROMIUM_PATH || ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(existsSync);
if (!chromium) {
  if (process.getuid?.() === 0 && has('apt-get')) {
    console.log("Installing Debian's chromium (apt-get)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    if (
      spawnSync(
        'apt-get',
        ['install', '-y', '-qq', 'chromium', 'fonts-noto-core', 'fonts-noto-color-emoji'],
        {
          stdio: 'inherit',
          env,
        },
      ).status !== 0
    ) {
      process.exit(1);
    }
  } else {
    console.error(
      'Chromium is needed: install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
}

console.log('Building the extension (wxt build)…');
if (sh('npx', ['wxt', 'build']) !== 0) process.exit(1);
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
process.exit(sh('npx', ['tsx', 'scripts/demo.ts', ...pages, ...flags]));
