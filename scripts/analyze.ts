/**
 * `npm run --silent analyze -- <page.html> [--url <url>]`: runs the extension's own pipeline
 * on a saved page and prints one JSON object. A missing or unreadable file: one line on stderr
 * and exit code 2.
 */
import { loadPage } from '../tools/html';
import { loadTagger } from '../tools/model-file';
import { analyzePage } from '../lib/pipeline/analyze-page';

function usage(message: string): never {
  process.stderr.write(
    `analyze: ${message} (usage: npm run --silent analyze -- <page.html> [--url <url>])\n`,
  );
  process.exit(2);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let file: string | undefined;
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--url') {
      url = args[++i];
      if (!url) usage('--url needs a value');
      try {
        new URL(url);
      } catch {
        usage(`not a URL: ${url}`);
      }
    } else if (a.startsWith('--')) {
      usage(`unknown option ${a}`);
    } else if (!file) {
      file = a;
    } else {
      usage(`unexpected argument ${a}`);
    }
  }
  if (!file) usage('no page given');
  let page;
  try {
    page = await loadPage(file, url);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : (e as Error).message;
    process.stderr.write(`analyze: cannot read ${file}: ${why}\n`);
    process.exit(2);
  }
  let tagger;
  try {
    tagger = loadTagger();
  } catch (e) {
    process.stderr.write(`analyze: ${(e as Error).message}\n`);
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(analyzePage(page.doc, page.url, tagger), null, 2)}\n`);
}

void main();
