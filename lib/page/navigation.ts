/**
 * When to look at a page again after it changed its own address (a news site's single-page
 * navigation). The address is read by Siyaq itself — a page cannot forge it the way it can
 * dispatch an event under a known name — and a page cannot make Siyaq extract and store in a
 * loop: address changes the reader caused (within a few seconds of the reader's own click, tap or
 * key, seen here as trusted events) get a generous budget, changes a page makes on its own a small
 * one, and nothing runs while the tab is hidden.
 */

/** Budgets: at most `burst` runs at once, then one per `refillMs`. */
export interface Budget {
  burst: number;
  refillMs: number;
}

/** A reader clicking from article to article. */
export const READER_BUDGET: Budget = { burst: 6, refillMs: 10_000 };
/** A page changing its address by itself (an infinite-scroll site, or a page in a loop). */
export const PAGE_BUDGET: Budget = { burst: 2, refillMs: 120_000 };

/** A token bucket. */
export class RunBudget {
  private tokens: number;
  private last: number;

  constructor(
    private readonly budget: Budget,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = budget.burst;
    this.last = now();
  }

  /** Takes one run if the budget allows it now. */
  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.budget.burst, this.tokens + (t - this.last) / this.budget.refillMs);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** The address an article is known by in the page: without its fragment. */
const addressOf = (href: string) => href.split('#')[0]!;

/** How long after the reader's click or key an address change counts as theirs. */
export const GESTURE_MS = 4000;

export interface AddressWatch {
  win: Window;
  /** A new address the reader or the page navigated to, once the budget allows. */
  onChange: (href: string) => void;
  /** Did the reader just act? Default: a trusted pointer or key event in the last GESTURE_MS. */
  readerActive?: () => boolean;
  pollMs?: number;
  now?: () => number;
}

/** Watches the page's address; returns the function that stops. */
export function watchAddress(w: AddressWatch): () => void {
  const { win } = w;
  const now = w.now ?? Date.now;
  // Not the browser's user activation: a navigation into the page (a click on a link elsewhere)
  // leaves it active for seconds after load, before the reader did anything here.
  let gestureAt = -Infinity;
  const gesture = (e: Event) => {
    if (e.isTrusted) gestureAt = now();
  };
  const readerActive = w.readerActive ?? (() => now() - gestureAt <= GESTURE_MS);
  const reader = new RunBudget(READER_BUDGET, now);
  const page = new RunBudget(PAGE_BUDGET, now);
  let seen = addressOf(win.location.href);
  let waiting = false; // a change not yet run (hidden tab, or over budget)
  let byReader = false; // whose change it was, judged when it happens
  const check = () => {
    const href = addressOf(win.location.href);
    if (href !== seen) {
      seen = href;
      waiting = true;
      byReader = readerActive();
    }
    if (!waiting || win.document.visibilityState === 'hidden') return;
    if (!(byReader ? reader : page).take()) return;
    waiting = false;
    w.onChange(win.location.href);
  };
  const timer = win.setInterval(check, w.pollMs ?? 1000);
  // Sooner than the next poll when the browser says the address changed (trusted events only).
  const soon = (e: Event) => {
    if (e.isTrusted) win.setTimeout(check, 0);
  };
  win.addEventListener('popstate', soon);
  win.document.addEventListener('visibilitychange', soon);
  const gestures = ['pointerdown', 'keydown'] as const;
  for (const g of gestures) win.addEventListener(g, gesture, { capture: true, passive: true });
  return () => {
    for (const g of gestures) win.removeEventListener(g, gesture, { capture: true });
    win.clearInterval(timer);
    win.removeEventListener('popstate', soon);
    win.document.removeEventListener('visibilitychange', soon);
  };
}
