/**
 * Hostile pages (issue 17): a real saved article served from a site we do not control
 * (`http://attacker.test`, answered by the test), with the attacker's script in its head. One
 * test per attack; each asserts the attack fails — and, where it could pass unnoticed, that the
 * real reader's action still works (so the check can fail).
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageHtml } from '../tools/fixtures';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { storedArticles } from './support/db';
import {
  allHosts,
  clickLauncher,
  highlightNames,
  hostCount,
  selectText,
  sidebarFrame,
  waitForLauncher,
} from './support/page';
import { startFixtureServer, type FixtureServer } from './support/server';

const ATTACKER = 'http://attacker.test';
const ARTICLE = 'https://7al.net/2022/01/07/russian-general-kazakhstan/';
const QUOTE = 'معاهدة الأمن الجماعي';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The saved Kazakhstan article without its own scripts, with the attacker's in its head. */
function attackPage(script: string, change: (html: string) => string = (h) => h): string {
  const html = pageHtml('ar-7al-kazakhstan.html').replace(
    /<script\b[^>]*>[\s\S]*?<\/script>/gi,
    '',
  );
  return change(html).replace(/<head[^>]*>/i, (m) => `${m}<script>${script}</script>`);
}

/** Opens `path` on the attacker's site, answered with `html`. */
async function openAttack(path: string, html: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.route(`${ATTACKER}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(`${ATTACKER}${path}`, { waitUntil: 'domcontentloaded' });
  return page;
}

/** Frames of our sidebar page that show something (a title or a status line). */
async function sidebarsShowing(page: Page): Promise<number> {
  let n = 0;
  for (const f of page.frames()) {
    if (!f.url().includes('/sidebar.html')) continue;
    if (
      (await f
        .locator('h1.title, .status')
        .count()
        .catch(() => 0)) > 0
    )
      n++;
  }
  return n;
}

/** Runs `func` in the tab's isolated world (as the background's calls do); its result. */
async function inIsolatedWorld<T>(pageUrl: string, call: string, args: unknown): Promise<T> {
  return browser.worker.evaluate(
    async ([url, method, value]) => {
      type Chrome = {
        tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
        scripting: { executeScript(o: unknown): Promise<{ result?: unknown }[]> };
      };
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [tab] = await chrome.tabs.query({ url: url as string });
      const [r] = await chrome.scripting.executeScript({
        target: { tabId: tab!.id!, frameIds: [0] },
        func: (m: string, a: unknown) =>
          (
            globalThis as unknown as Record<
              symbol,
              { dispatch(p: string, m: string, a: unknown): unknown } | undefined
            >
          )[Symbol.for('siyaq.page')]?.dispatch('highlights', m, a) ?? null,
        args: [method, value],
      });
      return r?.result;
    },
    [pageUrl, call, args] as const,
  ) as Promise<T>;
}

/** Selects the first occurrence of `phrase` from the page's own script; its centre. */
async function scriptSelect(page: Page, phrase: string): Promise<{ x: number; y: number } | null> {
  return (await selectText(page, phrase))?.firstLine ?? null;
}

describe('attack 1: opening our closed shadow roots', () => {
  it('a page that defines our old element names or patches attachShadow gets no root', async () => {
    const page = await openAttack(
      '/a1/2024/05/01/story/',
      attackPage(`
        window.__caught = [];
        for (const name of ['siyaq-host', 'siyaq-toolbar', 'siyaq-hover']) {
          customElements.define(name, class extends HTMLElement {
            constructor() { super(); window.__caught.push(this.attachInternals()); }
          });
        }
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init) {
          const root = attach.call(this, init);
          window.__caught.push({ shadowRoot: root });
          return root;
        };`),
    );
    await waitForLauncher(page);
    const seen = await page.evaluate(() => {
      const host = document.querySelector('[data-siyaq="launcher"]')!;
      const caught = (window as unknown as { __caught: { shadowRoot: ShadowRoot | null }[] })
        .__caught;
      return {
        tag: host.localName,
        root: host.shadowRoot === null,
        caughtRoots: caught.filter((c) => c.shadowRoot).length,
      };
    });
    expect(seen).toEqual({ tag: 'div', root: true, caughtRoots: 0 });
    // The page "clicks" the launcher: the host, at its place on screen, by script.
    await page.evaluate(() => {
      const host = document.querySelector('[data-siyaq="launcher"]') as HTMLElement;
      host.click();
      const b = host.getBoundingClientRect();
      const at = document.elementFromPoint(8, innerHeight * 0.38 + 24) ?? host;
      at.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 8, clientY: b.top }));
    });
    await page.waitForTimeout(1000);
    expect(await sidebarsShowing(page)).toBe(0);
    // The reader's real click still opens it.
    await clickLauncher(page);
    await sidebarFrame(page, browser.extensionId);
    expect(await sidebarsShowing(page)).toBe(1);
    await page.close();
  });
});

describe('attack 2: synthetic events acting for the reader', () => {
  it('a scripted selection with a synthetic mouseup or Shift keyup shows no toolbar', async () => {
    const page = await openAttack('/a2/2024/05/01/story/', attackPage(''));
    await waitForLauncher(page);
    await page.waitForTimeout(800); // the highlights part is installed after the visit is stored
    await scriptSelect(page, QUOTE);
    await page.evaluate(() => {
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
    });
    await page.waitForTimeout(500);
    expect(await allHosts(page)).toEqual(['launcher']);
    // The reader's own Shift (the end of a keyboard selection) does show it.
    await page.keyboard.press('Shift');
    await expect.poll(() => allHosts(page)).toContain('toolbar');
    await page.close();
  });

  it('a synthetic click on a painted highlight does not open the sidebar; a real one does', async () => {
    const path = '/a2b/2024/05/01/story/';
    const page = await openAttack(path, attackPage(''));
    await waitForLauncher(page);
    await page.waitForTimeout(800);
    await scriptSelect(page, QUOTE);
    // What the keyboard shortcut does (the browser's command, a trusted path).
    expect(await inIsolatedWorld(`${ATTACKER}${path}`, 'highlightSelection', {})).toBe(true);
    await expect.poll(() => highlightNames(page)).toContain('siyaq-hl-yellow');
    const spot = (await page.evaluate(() => {
      const r = [
        ...(CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(
          'siyaq-hl-yellow',
        )!,
      ][0]!;
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      getSelection()!.removeAllRanges();
      const b = r.getClientRects()[0]!;
      return { x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 };
    })) as { x: number; y: number };
    await page.evaluate(({ x, y }) => {
      const el = document.elementFromPoint(x, y)!;
      for (const type of ['mousedown', 'mouseup', 'click'])
        el.dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: x, clientY: y }));
    }, spot);
    await page.waitForTimeout(1000);
    expect(await sidebarsShowing(page)).toBe(0);
    await page.mouse.click(spot.x, spot.y);
    await sidebarFrame(page, browser.extensionId);
    await page.close();
  });

  it('a synthetic mousemove over a marked name shows no hover card; the real pointer does', async () => {
    const page = await openAttack('/a2c/2024/05/01/story/', attackPage(''));
    await waitForLauncher(page);
    await clickLauncher(page);
    const frame = await sidebarFrame(page, browser.extensionId);
    await frame.getByRole('button', { name: 'فلاديمير بوتين' }).click();
    const point = () =>
      page.evaluate(() => {
        const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(
          'siyaq-entity',
        );
        for (const r of h ?? []) {
          const b = r.getClientRects()[0];
          if (b && b.top > 0 && b.bottom < innerHeight && b.left > 420)
            return { x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 };
        }
        return null;
      });
    await expect.poll(point, { timeout: 10_000 }).not.toBeNull();
    await page.waitForTimeout(800); // the smooth scroll settles
    const at = (await point())!;
    await page.evaluate(({ x, y }) => {
      for (let i = 0; i < 5; i++)
        document.dispatchEvent(
          new MouseEvent('mousemove', { bubbles: true, clientX: x, clientY: y }),
        );
    }, at);
    await page.waitForTimeout(800);
    expect(await allHosts(page)).not.toContain('hover');
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => allHosts(page), { timeout: 5000 }).toContain('hover');
    await page.close();
  });
});

describe('attack 3: framing our pages', () => {
  it('a page framing the sidebar by itself gets nothing, with any address or ticket', async () => {
    // Our real sidebar in one tab: its address is what a leak would give an attacker.
    const first = await openAttack('/a3/2024/05/01/story/', attackPage(''));
    await waitForLauncher(first);
    await clickLauncher(first);
    const ours = await sidebarFrame(first, browser.extensionId);
    const real = new URL(ours.url());
    expect(real.searchParams.get('t')).toMatch(/^[0-9a-f]{32}$/);

    const page = await openAttack('/a3b/2024/05/01/story/', attackPage(''));
    await waitForLauncher(page);
    const key = encodeURIComponent(ARTICLE);
    const sources = [
      // The extension's static address, with no ticket.
      `chrome-extension://${browser.extensionId}/sidebar.html?url=${key}`,
      // The address our frame really has, without a ticket, with a guessed one, and with the
      // other tab's real ticket (tickets are bound to their tab).
      `${real.origin}/sidebar.html?url=${key}`,
      `${real.origin}/sidebar.html?url=${key}&t=${'0'.repeat(32)}`,
      `${real.origin}${real.pathname}${real.search}`,
      `${real.origin}/hovercard.html?url=${key}&key=PER:x&t=${real.searchParams.get('t')}`,
    ];
    await page.evaluate((srcs) => {
      for (const src of srcs) {
        const f = document.createElement('iframe');
        f.src = src;
        f.style.cssText = 'width:300px;height:300px';
        document.body.prepend(f);
      }
    }, sources);
    await page.waitForTimeout(2500);
    const shown: string[] = [];
    for (const f of page.frames()) {
      if (f === page.mainFrame() || !/sidebar|hovercard/.test(f.url())) continue;
      const text = await f
        .evaluate(() => document.getElementById('app')?.innerHTML ?? '')
        .catch(() => '');
      if (text) shown.push(f.url());
    }
    expect(shown).toEqual([]);
    // Our own frame in the first tab still works.
    expect((await ours.locator('h1.title').textContent())?.trim()).not.toBe('');
    await first.close();
    await page.close();
  });

  it('the sidebar offers no setting to switch (a decoy over it could lure the click)', async () => {
    const page = await openAttack('/a3c/2024/05/01/story/', attackPage(''));
    await waitForLauncher(page);
    await clickLauncher(page);
    const frame: Frame = await sidebarFrame(page, browser.extensionId);
    expect(await frame.getByRole('checkbox').count()).toBe(0);
    expect(await frame.getByRole('button', { name: 'غيّر الإعدادات' }).count()).toBe(1);
    await page.close();
  });
});

describe('attack 4: a canonical address on another site', () => {
  it('does not overwrite that article; the page is kept under its own address', async () => {
    const real = await browser.context.newPage();
    await real.goto(server.url('ar-7al-kazakhstan.html'), { waitUntil: 'domcontentloaded' });
    await waitForLauncher(real);
    await real.waitForTimeout(800);
    const before = (await storedArticles(browser.context, browser.extensionId)).find(
      (a) => a.url === ARTICLE,
    );
    expect(before?.title).toBeTruthy();
    const page = await openAttack(
      '/a4/2024/05/01/fake/',
      attackPage('', (html) =>
        html
          .replace(/<title>[^<]*<\/title>/i, '<title>عنوان مزور عن كازاخستان</title>')
          .replace(/(<meta[^>]+og:title[^>]+content=")[^"]*/i, '$1عنوان مزور عن كازاخستان'),
      ),
    );
    await waitForLauncher(page);
    await page.waitForTimeout(800);
    const stored = await storedArticles(browser.context, browser.extensionId);
    expect(stored.find((a) => a.url === ARTICLE)?.title).toBe(before!.title);
    expect(stored.map((a) => a.url)).toContain(`${ATTACKER}/a4/2024/05/01/fake/`);
    await real.close();
    await page.close();
  });
});

describe('attack 5: the page driving extraction', () => {
  it('a page pushing new article addresses in a loop is stored a few times, not each time', async () => {
    const page = await openAttack(
      '/flood/2024/05/01/story-0/',
      attackPage(`
        let i = 0;
        setInterval(() => history.pushState({}, '', '/flood/2024/05/01/story-' + (++i) + '/'), 300);`),
    );
    await waitForLauncher(page);
    await page.waitForTimeout(15_000); // ~50 new addresses
    const flood = (await storedArticles(browser.context, browser.extensionId)).filter((a) =>
      a.pageUrl.startsWith(`${ATTACKER}/flood/`),
    );
    expect(await page.evaluate(() => location.pathname)).toMatch(/story-(4\d|5\d)\//);
    // The first look, then the page budget's burst (lib/page/navigation.ts).
    expect(flood.length).toBeGreaterThanOrEqual(1);
    expect(flood.length).toBeLessThanOrEqual(3);
    await page.close();
  });

  it('forged WXT events neither re-run extraction nor shut Siyaq down', async () => {
    const path = '/wxt/2024/05/01/story/';
    const page = await openAttack(path, attackPage(''));
    await waitForLauncher(page);
    await page.waitForTimeout(800);
    const visits = async () =>
      (await storedArticles(browser.context, browser.extensionId)).find(
        (a) => a.pageUrl === `${ATTACKER}${path}`,
      )?.visitCount;
    const before = await visits();
    expect(before).toBe(1);
    await page.evaluate((id) => {
      for (let i = 0; i < 20; i++)
        window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
      document.dispatchEvent(
        new CustomEvent(`${id}:content:wxt:content-script-started`, {
          detail: { contentScriptName: 'content', messageId: 'attacker' },
        }),
      );
    }, browser.extensionId);
    await page.waitForTimeout(3000);
    expect(await visits()).toBe(before);
    expect(await hostCount(page)).toBe(1);
    await clickLauncher(page);
    await sidebarFrame(page, browser.extensionId);
    await page.close();
  });
});

describe('attack 6: DOM clobbering', () => {
  it('elements named like our old globals break neither the toolbar nor the marks', async () => {
    const page = await openAttack(
      '/a6/2024/05/01/story/',
      attackPage('', (html) =>
        html.replace(
          /<body[^>]*>/i,
          (m) =>
            `${m}<div id="__siyaqHighlights"></div><div id="__siyaqMarks"></div><form name="__siyaqMarks"></form><div id="siyaq.page"></div>`,
        ),
      ),
    );
    await waitForLauncher(page);
    await page.waitForTimeout(800);
    await scriptSelect(page, QUOTE);
    await page.keyboard.press('Shift');
    await expect.poll(() => allHosts(page)).toContain('toolbar');
    await page.keyboard.press('Escape');
    await clickLauncher(page);
    const frame = await sidebarFrame(page, browser.extensionId);
    await frame.getByRole('button', { name: 'فلاديمير بوتين' }).click();
    await expect.poll(() => highlightNames(page)).toContain('siyaq-entity');
    await page.close();
  });
});

describe('attack 7: pages too big to read', () => {
  it('a 5 MB article is cut, not dropped', async () => {
    const para = `${'في تقرير مطوّل عن أوضاع المنطقة قال المسؤول إن الأزمة مستمرة '.repeat(14)}.`;
    const huge = `<article>${`<p>${para}</p>`.repeat(6000)}</article>`;
    const page = await openAttack(
      '/a7/2024/05/01/long-read/',
      attackPage('', (html) => html.replace(/<\/body>/i, `${huge}</body>`)),
    );
    await waitForLauncher(page, 30_000);
    const stored = (await storedArticles(browser.context, browser.extensionId)).find(
      (a) => a.pageUrl === `${ATTACKER}/a7/2024/05/01/long-read/`,
    );
    expect(stored).toBeDefined();
    await page.close();
  });

  it('a page of 200,000 nested tags still gets its sidebar', async () => {
    // 2,000 stacks 100 deep (Chromium's parser flattens deeper nesting, and a page of one stack
    // 200,000 deep takes Chromium itself minutes to lay out).
    const nested = `${'<i>'.repeat(100)}x${'</i>'.repeat(100)}`.repeat(2000);
    const page = await openAttack(
      '/a7b/2024/05/01/story/',
      attackPage('', (html) => html.replace(/<\/body>/i, `<div>${nested}</div></body>`)),
    );
    await waitForLauncher(page, 30_000);
    await clickLauncher(page);
    const frame = await sidebarFrame(page, browser.extensionId);
    expect((await frame.locator('h1.title').textContent())?.trim()).toContain('كازاخستان');
    await page.close();
  });
});

describe('held before: what a page puts in its text stays text', () => {
  it('markup in the title, javascript: links and patched built-ins change nothing', async () => {
    const evil = '<img src=x onerror="window.top.__pwned=1">كازاخستان';
    const page = await openAttack(
      '/held/2024/05/01/story/',
      // The page's own world patched: nothing of it reaches the extension's isolated world.
      attackPage(
        `JSON.parse = () => { throw new Error('patched'); };
         Element.prototype.attachShadow = () => { throw new Error('patched'); };
         Document.prototype.createElement = () => { throw new Error('patched'); };
         Element.prototype.getAttribute = () => 'javascript:alert(1)';
         String.prototype.trim = () => 'patched';`,
        (html) =>
          html
            .replace(/<title>[^<]*<\/title>/i, `<title>${evil.replace(/</g, '&lt;')}</title>`)
            .replace(
              /(<meta[^>]+og:title[^>]+content=")[^"]*/i,
              `$1${evil.replace(/"/g, '&quot;')}`,
            )
            .replace(
              /<\/article>/i,
              '<p>اقرأ أيضا: <a href="javascript:alert(1)">خبر عن كازاخستان وروسيا</a></p></article>',
            ),
      ),
    );
    await waitForLauncher(page);
    await clickLauncher(page);
    const frame = await sidebarFrame(page, browser.extensionId);
    expect(await frame.locator('h1.title').textContent()).toContain('<img');
    expect(await frame.locator('img[src="x"]').count()).toBe(0);
    const hrefs = await frame
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => /^javascript:/i.test(h))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(
      undefined,
    );
    await page.close();
  });
});
