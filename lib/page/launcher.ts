/**
 * The launcher tab and, when open, the sidebar frame (an extension page in an iframe), in one
 * shadow host (`shadow-host.ts`). A page's scripts can reach neither: the root is closed on a
 * built-in element and the frame is cross-origin. Only a real click opens it.
 */
import { trusted, type PagePart } from './parts';
import { createShadowHost, type ShadowHost } from './shadow-host';

/** Labels of the page-side UI (Arabic, right-to-left). */
const LAUNCHER_LABEL = 'سياق';
const LAUNCHER_TITLE = 'افتح سياق';
const FRAME_TITLE = 'سياق';

// Minified by hand: every byte of the content script counts against its 32 KB budget.
const STYLE =
  '.launcher{all:initial;position:fixed;left:0;top:38%;z-index:2147483646;writing-mode:vertical-rl;padding:14px 7px;border-radius:0 10px 10px 0;background:#0f5c4d;color:#fff;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.25);font:600 15px/1.2 "Noto Naskh Arabic","Noto Sans Arabic","Segoe UI",Tahoma,sans-serif;letter-spacing:0;direction:rtl}.launcher:hover{background:#137563}.launcher:focus-visible{outline:3px solid #f2b233;outline-offset:2px}.launcher[hidden],.panel[hidden]{display:none}.panel{position:fixed;top:0;left:0;bottom:0;width:min(400px,92vw);z-index:2147483647;box-shadow:2px 0 18px rgba(0,0,0,.28);background:Canvas;border:0}iframe{width:100%;height:100%;border:0;display:block;color-scheme:normal}';

/** The page-side UI of one page view; `teardown()` removes it. */
export class SidebarHost implements PagePart {
  private readonly shadow: ShadowHost;
  private readonly launcher: HTMLButtonElement;
  private readonly panel: HTMLDivElement;
  private frame: HTMLIFrameElement | null = null;

  constructor(
    private readonly doc: Document,
    onLauncherClick: () => void,
  ) {
    this.shadow = createShadowHost(doc, 'launcher', STYLE);
    this.launcher = doc.createElement('button');
    this.launcher.className = 'launcher';
    this.launcher.type = 'button';
    this.launcher.textContent = LAUNCHER_LABEL;
    this.launcher.title = LAUNCHER_TITLE;
    this.launcher.setAttribute('aria-label', LAUNCHER_TITLE);
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

  /** Shows the frame for `src` (an extension page URL), replacing any previous one. */
  open(src: string): void {
    if (!this.frame || this.frame.src !== src) {
      this.frame?.remove();
      this.frame = this.doc.createElement('iframe');
      this.frame.title = FRAME_TITLE;
      this.frame.src = src;
      this.panel.append(this.frame);
    }
    this.panel.hidden = false;
    this.launcher.hidden = true;
  }

  /** Hides and unloads the frame; the launcher comes back. */
  close(): void {
    this.frame?.remove();
    this.frame = null;
    this.panel.hidden = true;
    this.launcher.hidden = false;
    this.launcher.focus({ preventScroll: true });
  }

  /** Removes the host element and everything in it. */
  teardown(): void {
    this.frame?.remove();
    this.frame = null;
    this.shadow.remove();
  }
}
