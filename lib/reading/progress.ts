/**
 * How much of an article the reader has really read (issue 7: a saved article is marked read
 * after real reading, not on opening). Counts time while the tab is visible and the reader has
 * done something (scrolled, pressed a key, moved the pointer) in the last 20 seconds, and the deepest
 * point reached in the article's text. Reports once the thresholds are passed, and on leaving.
 */
export interface ProgressReport {
  activeMs: number;
  depth: number;
}

export interface ProgressDeps {
  /** The article's text element (its top and height give the depth). */
  root: () => Element | null;
  report: (p: ProgressReport) => Promise<{ marked: boolean }>;
  now?: () => number;
  /** Thresholds: the background decides, this only avoids chatter. */
  minActiveMs: number;
  minDepth: number;
  /** Whether an event is the reader's own (default: `isTrusted`; jsdom tests cannot make one). */
  fromReader?: (e: Event) => boolean;
}

const TICK_MS = 5000;
/** Time counts only this long after the last sign of the reader (a scroll, a key, the pointer). */
const IDLE_MS = 20_000;

/** Starts watching; returns the function that stops. */
export function watchReading(win: Window, deps: ProgressDeps): () => void {
  const now = deps.now ?? Date.now;
  let lastActivity = now();
  let activeMs = 0;
  let depth = 0;
  let done = false;
  const measure = () => {
    const root = deps.root();
    if (!root) return;
    const r = root.getBoundingClientRect();
    if (r.height <= 0) return;
    const seen = (win.innerHeight - r.top) / r.height;
    depth = Math.max(depth, Math.min(1, Math.max(0, seen)));
  };
  // Only the reader's own scrolling, keys and pointer count: a page's synthetic events do not.
  const fromReader = deps.fromReader ?? ((e: Event) => e.isTrusted);
  const active = (e: Event) => {
    if (!fromReader(e)) return;
    lastActivity = now();
    measure();
  };
  const send = () => {
    if (done) return;
    void deps
      .report({ activeMs, depth })
      .then((r) => {
        if (r.marked) stop();
      })
      .catch(() => undefined);
  };
  const timer = win.setInterval(() => {
    if (win.document.visibilityState !== 'visible') return;
    if (now() - lastActivity > IDLE_MS) return;
    activeMs += TICK_MS;
    measure();
    if (activeMs >= deps.minActiveMs && depth >= deps.minDepth) {
      send();
      done = true;
    }
  }, TICK_MS);
  const events = ['scroll', 'keydown', 'pointermove', 'wheel', 'touchstart'] as const;
  for (const e of events) win.addEventListener(e, active, { passive: true, capture: true });
  const leave = () => {
    if (activeMs > 0) send();
  };
  win.addEventListener('pagehide', leave);
  measure();
  function stop() {
    done = true;
    win.clearInterval(timer);
    for (const e of events) win.removeEventListener(e, active, { capture: true });
    win.removeEventListener('pagehide', leave);
  }
  return stop;
}
