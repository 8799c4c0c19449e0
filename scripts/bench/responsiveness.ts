/**
 * Does Siyaq freeze the page it reads? (issue 17.) A `requestAnimationFrame` loop in the page,
 * started before any of the page's code, records the longest gap between two frames from the
 * page's `load` until six seconds later — the time in which the content script detects, the
 * background injects extraction and the highlights script, and the launcher appears. The same
 * pages in the same Chromium without the extension give the baseline. A real saved article and
 * three pages built to be heavy: 200,000 tags (2,000 stacks 100 deep), 50,000 links, and an
 * article of 5 MB of text. Served from `http://bench.test` (answered by the harness).
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumPath, launchWithExtension } from '../../e2e/support/browser';
import { pageHtml } from '../../tools/fixtures';
import { median } from './stats';

const WINDOW_MS = 6000;
const RUNS = 3;

function pages(): Record<string, string> {
  const html = pageHtml('ar-7al-kazakhstan.html').replace(
    /<script\b[^>]*>[\s\S]*?<\/script>/gi,
    '',
  );
  const add = (extra: string) => html.replace(/<\/body>/i, `${extra}</body>`);
  const para = `<p>${'في تقرير مطوّل عن أوضاع المنطقة قال المسؤول إن الأزمة مستمرة '.repeat(14)}.</p>`;
  return {
    'saved article (ar-7al-kazakhstan)': html,
    '200,000 tags': add(`<div>${`${'<i>'.repeat(100)}x${'</i>'.repeat(100)}`.repeat(2000)}</div>`),
    '50,000 links': add(`<div>${'<a href="/x/1">رابط</a> '.repeat(50_000)}</div>`),
    '5 MB article': add(`<article>${para.repeat(6000)}</article>`),
  };
}

/** The longest frame gap (ms) in the window after `load`, per run. */
async function gaps(context: BrowserContext, html: string, path: string): Promise<number[]> {
  const out: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    await page.addInitScript(`(() => {
      const w = window;
      w.__gaps = { max: 0, frames: 0 };
      let last = 0;
      let start = Infinity;
      addEventListener('load', () => { start = performance.now(); });
      const tick = (t) => {
        if (t >= start && t <= start + ${WINDOW_MS}) {
          if (last >= start) w.__gaps.max = Math.max(w.__gaps.max, t - last);
          w.__gaps.frames++;
        }
        last = t;
        if (t <= start + ${WINDOW_MS}) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    await page.route('http://bench.test/**', (r) =>
      r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await page.goto(`http://bench.test${path}${run}/`, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForTimeout(WINDOW_MS + 500);
    const g = (await page.evaluate('window.__gaps')) as { max: number; frames: number };
    out.push(g.max);
    await page.close();
  }
  return out;
}

export async function responsivenessFigures(): Promise<string> {
  const lines = [
    `| page | longest frame gap without Siyaq, ms | with Siyaq, ms | difference, ms |`,
    '|---|---:|---:|---:|',
  ];
  const plain = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const bare = await plain.newContext({ viewport: { width: 1280, height: 860 } });
  const withExt = await launchWithExtension();
  try {
    let i = 0;
    for (const [name, html] of Object.entries(pages())) {
      const path = `/2024/05/01/story-${i++}-`;
      const without = median(await gaps(bare, html, path));
      const withSiyaq = median(await gaps(withExt.context, html, path));
      lines.push(
        `| ${name} | ${Math.round(without)} | ${Math.round(withSiyaq)} | ${Math.round(withSiyaq - without)} |`,
      );
    }
  } finally {
    await plain.close();
    await withExt.close();
  }
  lines.push(
    '',
    `Median over ${RUNS} loads of the longest gap between two animation frames in the ${WINDOW_MS / 1000} s after \`load\` (headless Chromium; a 60 Hz page has 17 ms gaps). On pages over 40,000 elements or 1,000,000 characters extraction reads the article element alone, and article text is cut at 400,000 characters (lib/pipeline/extract.ts).`,
  );
  return lines.join('\n');
}
