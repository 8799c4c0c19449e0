#!/usr/bin/env node
/**
 * `npm test`: builds the extension for Chrome and Firefox, runs every test — unit (Vitest, Node)
 * and end-to-end (the built extension in Debian's Chromium, a Firefox smoke run) — and prints
 * one plain closing line, `N passed, N failed`, from the runners' own JSON reports.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });

function run(cmd, args) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env }).status ?? 1;
}

const crashed = [];
if (!process.env.SIYAQ_SKIP_BUILD) {
  if (run('npx', ['wxt', 'build']) !== 0) crashed.push('chrome build');
  if (run('npx', ['wxt', 'build', '-b', 'firefox']) !== 0) crashed.push('firefox build');
}

const suites = [
  ['unit', []],
  ['e2e', ['--config', 'e2e/vitest.config.ts']],
];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const [name, extra] of suites) {
  const out = join(results, `${name}.json`);
  rmSync(out, { force: true });
  const status = run('npx', [
    'vitest',
    'run',
    ...extra,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${out}`,
  ]);
  if (!existsSync(out)) {
    crashed.push(`${name} tests (no report)`);
    continue;
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  // A test file that failed to load has no failed assertions but must still count.
  const brokenFiles = r.testResults.filter(
    (t) => t.status === 'failed' && !t.assertionResults.some((a) => a.status === 'failed'),
  ).length;
  passed += r.numPassedTests;
  failed += r.numFailedTests + brokenFiles;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  console.log(
    `${name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed${brokenFiles ? `, ${brokenFiles} file(s) failed to run` : ''}`,
  );
  if (status !== 0 && r.numFailedTests === 0) crashed.push(`${name} tests (exit ${status})`);
}
if (crashed.length) console.log(`not run or crashed: ${crashed.join(', ')}`);
console.log(
  `${passed} passed, ${failed + crashed.length} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
process.exit(failed + crashed.length === 0 ? 0 : 1);
