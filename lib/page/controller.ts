/**
 * What the content script does on one page view: detect, report the article to the background
 * (which extracts and stores it), show the launcher, open and close the sidebar frame, and tear
 * it all down on SPA navigation, on "not on this site" and on extension reload.
 *
 * Nothing is shown or stored unless `detect` says "Arabic article"; any error is caught, logged
 * once, and leaves the page as it was.
 */
import type { ArticleRef } from '../messaging/protocol';
import { detect } from '../pipeline/detect';
import { SidebarHost } from './launcher';
import { pageParts, type PageParts } from './parts';

/** What the controller needs from the extension; tests pass fakes. */
export interface ControllerDeps {
  doc: Document;
  /** The page's current URL. */
  location: () => string;
  /** Asks the background to extract and store the article; resolves with its key. */
  reportArticle: (url: string, confidence: number) => Promise<ArticleRef>;
  /** The sidebar page's URL for a stored article (its key and the tab's frame ticket). */
  sidebarUrl: (article: ArticleRef) => string;
  isSiteDisabled: (hostname: string) => Promise<boolean>;
  autoOpen: () => Promise<boolean>;
  /** Lay the page out beside the open sidebar on a wide window (the reader's setting). */
  beside?: () => Promise<boolean>;
  log: (message: string, error: unknown) => void;
  /** The page's registry of parts (default: this world's); tests pass their own. */
  parts?: PageParts;
}

/** One page's Siyaq UI and its lifecycle. */
export class PageController {
  private host: SidebarHost | null = null;
  private article: ArticleRef | null = null;
  private generation = 0;
  private logged = false;

  private readonly parts: PageParts;

  constructor(private readonly deps: ControllerDeps) {
    this.parts = deps.parts ?? pageParts();
  }

  /** The stored article this page view shows, once reported. */
  get current(): ArticleRef | null {
    return this.article;
  }

  /** Runs detection for the current URL; a newer `run()` or `teardown()` cancels an older one. */
  async run(): Promise<void> {
    const generation = ++this.generation;
    this.removeUi();
    try {
      const url = this.deps.location();
      if (!/^https?:/i.test(url)) return;
      if (await this.deps.isSiteDisabled(new URL(url).hostname)) return;
      if (generation !== this.generation) return;
      const detection = detect(this.deps.doc, url);
      if (!detection.isArabic || !detection.isArticle) return;
      const ref = await this.deps.reportArticle(url, detection.confidence);
      if (generation !== this.generation) return;
      this.article = ref;
      const beside = (await this.deps.beside?.()) ?? false;
      if (generation !== this.generation) return;
      this.host = new SidebarHost(this.deps.doc, () => void this.toggle(), ref.labels, beside);
      this.parts.add('launcher', this.host);
      if (await this.deps.autoOpen()) this.open(false);
    } catch (e) {
      this.fail(e);
    }
  }

  /**
   * Opens the sidebar frame, moving the focus into it unless `focus` is false (opened by itself);
   * does nothing on a page without a detected article.
   */
  open(focus = true): boolean {
    if (!this.host || !this.article) return false;
    this.host.open(this.deps.sidebarUrl(this.article), focus);
    return true;
  }

  /** Closes the sidebar frame, keeping the launcher; the entity marks go with it. */
  close(): void {
    this.host?.close();
    this.parts.remove('marks');
  }

  /** Opens or closes the sidebar; returns whether it is open now. */
  toggle(): boolean {
    if (this.host?.isOpen) {
      this.close();
      return false;
    }
    return this.open();
  }

  /**
   * Removes everything Siyaq added to the page — the launcher and frame, and the parts the
   * background injected (marks, hover card, highlights, toolbar, reading watcher) — and cancels
   * pending work.
   */
  teardown(): void {
    this.generation++;
    this.removeUi();
  }

  private removeUi(): void {
    this.parts.teardown();
    this.host = null;
    this.article = null;
  }

  private fail(e: unknown): void {
    this.removeUi();
    if (!this.logged) {
      this.logged = true;
      this.deps.log('Siyaq could not handle this page; it was left as it was.', e);
    }
  }
}
