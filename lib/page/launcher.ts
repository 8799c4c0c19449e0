/**
 * The launcher tab and, when open, the sidebar frame (an extension page in an iframe), in one
 * shadow host (`shadow-host.ts`). A page's scripts can reach neither: the root is closed on a
 * built-in element and the frame is cross-origin. Only a real click opens it.
 */
import type { PageLabels } from '../ui/i18n';
import { trusted, type PagePart } from './parts';
import { createShadowHost, type ShadowHost } from './shadow-host';
import { adoptSheet } from './sheet';

/** The launcher's words, in the reader's language: the background sends them with the article. */
export type LauncherLabels = Pick<PageLabels, 'launcher' | 'open' | 'frame'>;

// Minified by hand: every byte of the content script counts against its 32 KB budget.
const STYLE =
  '.launcher{all:initial;position:fixed;left:0;top:38%;z-index:2147483646;writing-mode:vertical-rl;padding:14px 7px;border-radius:0 10px 10px 0;background:#0f5c4d;color:#fff;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.25);font:600 15px/1.2 "Noto Naskh Arabic","Noto Sans Arabic","Segoe UI",Tahoma,sans-serif;letter-spacing:0;direction:rtl}.launcher:hover{background:#137563}.launcher:focus-visible{outline:3px solid #f2b233;outline-offset:2px}.launcher[hidden],.panel[hidden]{display:none}.panel{position:fixed;top:0;left:0;bottom:0;width:min(400px,92vw);z-index:2147483647;box-shadow:2px 0 18px rgba(0,0,0,.28);background:Canvas;border:0}iframe{width:100%;height:100%;border:0;display:block;color-scheme:normal}';

/** Narrower than this (the sidebar's 400 px and a readable page), the sidebar lies over the page. */
export const BESIDE_MIN_WIDTH = 1000;
/** The page's layout beside the open sidebar: the root element moved right by the panel's width. */
const BESIDE = 'html{margin-left:400px!important}';

/** The page-side UI of one page view; `teardown()` removes it. */
export class SidebarHost implements PagePart {
  private readonly shadow: ShadowHost;
  private readonly launcher: HTMLButtonElement;
  private readonly panel: HTMLDivElement;
  private frame: HTMLIFrameElement | null = null;
  /** Takes the side-by-side layout out again (null: the sidebar lies over the page). */
  private unadopt: (() => void) | null = null;
  private readonly onResize = () => this.layout();

  /** `beside`: lay the page out beside the open sidebar when the window is wide enough. */
  constructor(
    private readonly doc: Document,
    onLauncherClick: () => void,
    private readonly labels: LauncherLabels,
    private readonly beside = false,
  ) {
    this.shadow = createShadowHost(doc, 'launcher', STYLE);
    this.launcher = doc.createElement('button');
    this.launcher.className = 'launcher';
    this.launcher.type = 'button';
    this.launcher.textContent = labels.launcher;
    this.launcher.title = labels.open;
    this.launcher.setAttribute('aria-label', labels.open);
    this.launcher.addEventListener('click', trusted(onLauncherClick));
    this.panel = doc.createElement('div');
    this.panel.className = 'panel';
    this.panel.hidden = true;
    this.shadow.root.append(this.launcher, this.panel);
  }

  /** Is the sidebar frame showing? */
  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  /**
   * Shows the frame for `src` (an extension page URL), replacing any previous one. `focus`: the
   * reader opened it (launcher, shortcut), so the focus moves into it once it has loaded (the
   * sidebar then puts it on its heading); opened by itself, it leaves the focus where it is.
   */
  open(src: string, focus = true): void {
    if (!this.frame || this.frame.src !== src) {
      this.frame?.remove();
      const frame = (this.frame = this.doc.createElement('iframe'));
      frame.title = this.labels.frame;
      frame.src = src;
      if (focus) frame.onload = () => frame.focus();
      this.panel.append(frame);
    }
    this.panel.hidden = false;
    this.launcher.hidden = true;
    this.layout();
    // Added once (the same listener), removed by teardown; while closed it changes nothing.
    this.doc.defaultView?.addEventListener('resize', this.onResize, { passive: true });
  }

  /** Hides and unloads the frame; the launcher comes back. */
  close(): void {
    this.frame?.remove();
    this.frame = null;
    this.panel.hidden = true;
    this.launcher.hidden = false;
    this.launcher.focus({ preventScroll: true });
    this.layout();
  }

  /**
   * Beside or over: moves the page right of the open sidebar on a wide window, back when it
   * closes or the window narrows — keeping the reader's place: the text at the top of the view
   * stays at the top.
   */
  private layout(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    const want = this.beside && this.isOpen && win.innerWidth >= BESIDE_MIN_WIDTH;
    if (want === (this.unadopt !== null)) return;
    const probe = this.doc.elementFromPoint(win.innerWidth * 0.7, 60);
    const anchor = probe && !probe.hasAttribute('data-siyaq') ? probe : null;
    const before = anchor?.getBoundingClientRect().top ?? 0;
    if (want) this.unadopt = adoptSheet(this.doc, BESIDE);
    else {
      this.unadopt?.();
      this.unadopt = null;
    }
    if (anchor?.isConnected) win.scrollBy(0, anchor.getBoundingClientRect().top - before);
  }

  /** Removes the host element and everything in it. */
  teardown(): void {
    this.frame?.remove();
    this.frame = null;
    this.panel.hidden = true;
    this.layout();
    this.doc.defaultView?.removeEventListener('resize', this.onResize);
    this.shadow.remove();
  }
}
