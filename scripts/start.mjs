#!/usr/bin/env node
/**
 * `npm start [-- <page.html>…] [--headless|--headed]`: installs what is missing, builds the
 * extension, serves the bundled sample article(s) on 127.0.0.1, opens them in Chromium with the
 * extension, prints what it found and saves a screenshot. Plain Node (no dependencies) so it can
 * run before `npm ci`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const sh = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

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
process.exit(sh('npx', ['tsx', 'scripts/demo.ts', ...process.argv.slice(2)]));
