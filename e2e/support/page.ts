/** Helpers that look at a page the way a reader (and a page script) would. */
import type { Frame, Page } from 'playwright-core';

/** Installs, before any page code, a recorder of every DOM mutation after DOMContentLoaded. */
export async function recordMutations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __mutations: string[] };
    w.__mutations = [];
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        // Our hosts are plain <div data-siyaq="kind">: named siyaq-kind here.
        const name = (n: Node) =>
          n.nodeType === 1 && (n as Element).hasAttribute('data-siyaq')
            ? `siyaq-${(n as Element).getAttribute('data-siyaq')}`
            : n.nodeName.toLowerCase();
        for (const r of records) {
          const added = [...r.addedNodes].map(name);
          const removed = [...r.removedNodes].map(name);
          w.__mutations.push(
            `${r.type}:${(r.target as Element).nodeName?.toLowerCase()}:+${added.join(',')}:-${removed.join(',')}:${r.attributeName ?? ''}`,
          );
        }
      }).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
  });
}

/** The mutations recorded so far. */
export function mutations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
}

/** Number of Siyaq launcher hosts in the page (what a page script can see of us). */
export function hostCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('[data-siyaq="launcher"]').length);
}

/** Every host element of ours in the page (launcher, hover card, toolbar). */
export function allHosts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-siyaq]')].map((e) => e.getAttribute('data-siyaq')!),
  );
}

/** The names of the page's CSS highlights (ours start with "siyaq-"). */
export function highlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys(),
  ]);
}

/** Waits until the launcher tab is in the page. */
export async function waitForLauncher(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-siyaq="launcher"]') !== null,
    undefined,
    {
      timeout,
    },
  );
}

/** Where the launcher tab is drawn (it sits at the left edge, 38% down). */
export async function launcherPoint(page: Page): Promise<{ x: number; y: number }> {
  const height = page.viewportSize()?.height ?? 800;
  return { x: 12, y: Math.round(height * 0.38) + 24 };
}

/** Clicks the launcher like a reader would: at its place on the screen. */
export async function clickLauncher(page: Page): Promise<void> {
  const { x, y } = await launcherPoint(page);
  await page.mouse.click(x, y);
}

/**
 * Waits until pointer input reaches a newly shown frame. The sidebar is an out-of-process frame;
 * for its first moments Chromium does not route input to it yet, so a test clicking within
 * ~100 ms of it opening (no reader is that fast) sometimes clicked nothing. Moves the pointer over
 * the frame's top bar until the frame sees it.
 */
async function untilFrameTakesInput(page: Page, frame: Frame, deadline: number): Promise<void> {
  await frame.evaluate(`window.__siyaqSawPointer = false;
    addEventListener('pointermove', () => { window.__siyaqSawPointer = true; }, { once: true, capture: true });`);
  const box = await (await frame.frameElement()).boundingBox();
  if (!box) return;
  for (let i = 0; Date.now() < deadline; i++) {
    await page.mouse.move(box.x + box.width / 2 + (i % 2 ? 3 : -3), box.y + 12);
    if (await frame.evaluate('window.__siyaqSawPointer === true')) return;
    await page.waitForTimeout(50);
  }
  throw new Error('the sidebar frame never received pointer input');
}

/** The sidebar frame, once it has loaded and takes input. */
export async function sidebarFrame(
  page: Page,
  extensionId: string,
  timeout = 15_000,
): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page
      .frames()
      .find((f) => f.url().startsWith(`chrome-extension://${extensionId}/sidebar.html`));
    if (frame) {
      await frame.waitForSelector('h1.title, .status', {
        timeout: Math.max(1000, deadline - Date.now()),
      });
      await untilFrameTakesInput(page, frame, deadline);
      return frame;
    }
    if (Date.now() > deadline) throw new Error('sidebar frame did not appear');
    await page.waitForTimeout(100);
  }
}

/** An element inside one of our closed shadow roots, as the browser's DevTools protocol sees it. */
export interface ShadowElement {
  name: string;
  attributes: Record<string, string>;
  /** Its own text (the text nodes directly in it). */
  text: string;
}

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * The elements in the closed shadow root of our host `[data-siyaq=kind]`: a page script cannot
 * read them, a reader's screen reader can, and so can DevTools (`DOM.getDocument` with `pierce`).
 */
export async function shadowElements(page: Page, kind: string): Promise<ShadowElement[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: CdpNode;
    };
    const attrs = (n: CdpNode) =>
      Object.fromEntries(
        (n.attributes ?? []).flatMap((v, i, a) => (i % 2 ? [] : [[v, a[i + 1] ?? '']])),
      ) as Record<string, string>;
    const out: ShadowElement[] = [];
    const collect = (n: CdpNode) => {
      if (n.nodeType === 1)
        out.push({
          name: n.nodeName.toLowerCase(),
          attributes: attrs(n),
          text: (n.children ?? [])
            .filter((c) => c.nodeType === 3)
            .map((c) => c.nodeValue ?? '')
            .join(''),
        });
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) collect(c);
    };
    const find = (n: CdpNode): CdpNode | null => {
      if (n.nodeType === 1 && attrs(n)['data-siyaq'] === kind) return n;
      for (const c of n.children ?? []) {
        const hit = find(c);
        if (hit) return hit;
      }
      return null;
    };
    const host = find(root);
    for (const shadow of host?.shadowRoots ?? []) for (const c of shadow.children ?? []) collect(c);
    return out;
  } finally {
    await cdp.detach();
  }
}

/** A selection's box in the page's viewport, and the middle of its first line. */
export interface SelectionBox {
  top: number;
  right: number;
  bottom: number;
  left: number;
  firstLine: { x: number; y: number };
}

/**
 * Selects the first occurrence of `phrase` in the page's text (scrolled into view) with a script,
 * as a page could — no event a reader's hand would make; resolves with its box, or null if the page
 * does not have it. Callers end the selection as a reader would (a trusted Shift press), or not.
 */
export function selectText(page: Page, phrase: string): Promise<SelectionBox | null> {
  return page.evaluate(selectInPage, phrase);
}

/**
 * The same, as a function to run in a page (`page.evaluate(selectInPage, phrase)`), for a driver
 * other than Playwright's (puppeteer in the Firefox run). Self-contained: it is sent as source.
 */
export const selectInPage = (p: string): SelectionBox | null => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const i = n.data.indexOf(p);
    if (i === -1) continue;
    n.parentElement!.scrollIntoView({ block: 'center' });
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + p.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
    const b = r.getBoundingClientRect();
    const f = r.getClientRects()[0] ?? b;
    return {
      top: b.top,
      right: b.right,
      bottom: b.bottom,
      left: b.left,
      firstLine: { x: (f.left + f.right) / 2, y: (f.top + f.bottom) / 2 },
    };
  }
  return null;
};

/** Selects `phrase` and ends the selection as a reader does (Shift released); throws if absent. */
export async function selectAsReader(page: Page, phrase: string): Promise<SelectionBox> {
  const box = await selectText(page, phrase);
  if (!box) throw new Error(`"${phrase}" is not in the page`);
  await page.keyboard.press('Shift');
  return box;
}

/**
 * Presses a key inside the sidebar frame that closes it (Escape). Chromium answers a DevTools key
 * event once the frame that got it has handled it; when the key makes the page remove that frame,
 * the answer may never come — for the keyup (Playwright's `press()` waited for ever, about one run
 * in six) and, on a loaded machine, for the keydown too (2 runs in 40 with the CPUs kept busy:
 * CI's 90 s timeout, the last step logged being this one). A reader's keyboard waits for nothing,
 * so this is the harness's problem, not the product's: key down, wait until the frame is gone, and
 * wait for each answer only a moment.
 */
export async function pressClosingFrame(
  page: Page,
  frame: Frame,
  key = 'Escape',
  timeout = 10_000,
): Promise<void> {
  const answered = (p: Promise<unknown>) => Promise.race([p, page.waitForTimeout(1000)]);
  // (handled from the start: a rejection while the frame goes is no unhandled one)
  const down = page.keyboard.down(key).catch(() => undefined);
  const deadline = Date.now() + timeout;
  try {
    while (!frame.isDetached()) {
      if (Date.now() > deadline) throw new Error(`${key} did not close the frame`);
      await page.waitForTimeout(25);
    }
    await answered(down);
  } finally {
    // (the key is released whatever happened)
    await answered(page.keyboard.up(key).catch(() => undefined));
  }
}
