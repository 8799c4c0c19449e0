/**
 * The sidebar with the keyboard only (issue 18, item 5): the launcher is reached with Tab, Enter
 * opens the sidebar and the focus goes into it (the article's title); Tab reaches the entity
 * chips in order, each with a visible focus ring; Enter on a chip opens its card; Escape closes
 * the sidebar and the focus is back on the launcher. A highlight made from the keyboard is
 * deleted and restored from the keyboard without the focus falling out of the list.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { pressClosingFrame, waitForLauncher } from './support/page';
import { startFixtureServer, type FixtureServer } from './support/server';
import { routeWikipedia } from './support/wikipedia';

const SAMPLE = 'ar-7al-kazakhstan.html';
const PUTIN = 'فلاديمير بوتين';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
  await routeWikipedia(browser.context);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The sidebar frame once its article is shown (found without touching the pointer). */
async function sidebar(page: Page): Promise<Frame> {
  const prefix = `chrome-extension://${browser.extensionId}/sidebar.html`;
  await expect
    .poll(() => page.frames().some((f) => f.url().startsWith(prefix)), { timeout: 15_000 })
    .toBe(true);
  const frame = page.frames().find((f) => f.url().startsWith(prefix))!;
  await frame.waitForSelector('h1.title');
  return frame;
}

/** What has the focus in the frame: "tag.class text", its outline, and whether it is a chip. */
function focused(frame: Frame) {
  return frame.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    if (!e || e === document.body) return null;
    const cs = getComputedStyle(e);
    return {
      what: `${e.tagName.toLowerCase()}.${e.className} ${(e.textContent ?? '').trim().slice(0, 30)}`,
      text: (e.textContent ?? '').trim(),
      chip: e.matches('.entity .name'),
      pressed: e.getAttribute('aria-pressed'),
      role: e.getAttribute('role') ?? e.tagName.toLowerCase(),
      outline: cs.outlineStyle === 'none' ? 0 : parseFloat(cs.outlineWidth),
    };
  });
}

/** Is our launcher (inside its host) the page's focused element? */
const launcherFocused = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-siyaq') ?? null);

describe('the sidebar with the keyboard only', () => {
  it('Tab to the launcher, Enter opens, Tab to a chip, Enter opens its card, Escape closes, focus back', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url(SAMPLE), { waitUntil: 'domcontentloaded' });
    await waitForLauncher(page);
    // The launcher is the last thing in the page: one Shift+Tab from the top reaches it.
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => launcherFocused(page)).toBe('launcher');
    await page.keyboard.press('Enter');
    const frame = await sidebar(page);
    // The focus went into the sidebar, on the article's title.
    await expect
      .poll(() => frame.evaluate(() => document.activeElement?.matches('h1.title') ?? false))
      .toBe(true);
    expect(await launcherFocused(page)).toBe('launcher'); // the page sees its host: the frame is in it
    // Tab: save for later first, then the chips in order, each with a visible ring.
    const order: string[] = [];
    let chip = null as Awaited<ReturnType<typeof focused>>;
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(frame);
      expect(f).not.toBeNull();
      order.push(f!.what);
      expect(f!.outline).toBeGreaterThanOrEqual(2);
      expect(f!.role, order.join(' / ')).toBe('button');
      if (f!.text === PUTIN) {
        chip = f;
        break;
      }
    }
    expect(order[0]).toMatch(/^button\.save /);
    expect(order.slice(1).every((w) => w.startsWith('button.name '))).toBe(true);
    expect(chip).toMatchObject({ chip: true, pressed: 'false' });
    // Enter: the chip is pressed and its card opens.
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(frame))?.pressed).toBe('true');
    await expect
      .poll(() =>
        frame
          .locator('.entity-detail .card-description')
          .textContent()
          .catch(() => null),
      )
      .toBe('سياسي روسي ورئيس روسيا');
    // The card's link is next after the chips of the group.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      if ((await focused(frame))?.what.startsWith('a.card-title')) break;
    }
    expect((await focused(frame))?.what).toMatch(/^a\.card-title/);
    // Escape: the sidebar closes and the launcher has the focus again.
    await pressClosingFrame(page, frame);
    expect(page.frames().some((f) => f.url().includes('/sidebar.html'))).toBe(false);
    await expect.poll(() => launcherFocused(page)).toBe('launcher');
    // And Enter opens it again from there.
    await page.keyboard.press('Enter');
    const again = await sidebar(page);
    await expect
      .poll(() => again.evaluate(() => document.activeElement?.matches('h1.title') ?? false))
      .toBe(true);
    await page.close();
  });

  it('a highlight made, deleted and restored from the keyboard; the focus stays in the list', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url(SAMPLE), { waitUntil: 'domcontentloaded' });
    await waitForLauncher(page);
    await page.waitForTimeout(800); // the highlights script is installed after the visit is stored
    // A selection ended with the keyboard: the toolbar takes the focus, Enter saves it.
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = n as Text;
        const i = t.data.indexOf('معاهدة الأمن الجماعي');
        if (i === -1) continue;
        const r = document.createRange();
        r.setStart(t, i);
        r.setEnd(t, i + 'معاهدة الأمن الجماعي'.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(r);
        return;
      }
    });
    await page.keyboard.press('Shift');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-siyaq')))
      .toBe('toolbar');
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            [
              ...((CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(
                'siyaq-hl-yellow',
              ) ?? []),
            ].length,
        ),
      )
      .toBe(1);
    // Open the sidebar through the launcher, by keyboard.
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => launcherFocused(page)).toBe('launcher');
    await page.keyboard.press('Enter');
    const frame = await sidebar(page);
    await frame.locator('.highlight .delete').waitFor();
    // Tab to the highlight's delete button.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if ((await focused(frame))?.what.startsWith('button.link delete')) break;
    }
    expect((await focused(frame))?.what).toMatch(/^button\.link delete/);
    await page.keyboard.press('Enter');
    // Deleted: the focus is on its undo button, not lost.
    await expect.poll(async () => (await focused(frame))?.what).toMatch(/^button\.link undo/);
    await page.keyboard.press('Enter');
    // Restored: the focus is on its note.
    await expect.poll(async () => (await focused(frame))?.what).toMatch(/^textarea\.note/);
    // A note written and left with Escape is kept; the next Escape closes the sidebar.
    await page.keyboard.type('note');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(frame)).toBeNull();
    await expect
      .poll(() =>
        frame.evaluate(() => document.querySelector('.highlight textarea')?.getAttribute('class')),
      )
      .toBe('note');
    await pressClosingFrame(page, frame);
    expect(page.frames().some((f) => f.url().includes('/sidebar.html'))).toBe(false);
    // Opened again, the note is there.
    await page.keyboard.press('Enter');
    const again = await sidebar(page);
    await expect
      .poll(() =>
        again
          .locator('.highlight textarea')
          .inputValue()
          .catch(() => ''),
      )
      .toBe('note');
    await page.close();
  });
});
