/**
 * A hybrid logical clock (Kulkarni et al., 2014): stamps that follow wall time, never go back on
 * one device even when its clock does, and order every event on every device — ties broken by the
 * device's id. A stamp is a fixed-width string, so stamps compare as strings:
 * 9 base-36 digits of milliseconds, 3 of a counter, then the node id.
 */

const MS_DIGITS = 9; // 36^9 ms ≈ 3,200 years
const COUNTER_DIGITS = 3; // 46,655 events in one millisecond
const MAX_COUNTER = 36 ** COUNTER_DIGITS - 1;
/** How far ahead of our own clock a received stamp may be before it is refused (a bad device). */
export const MAX_DRIFT_MS = 24 * 3600_000;

export interface HlcParts {
  ms: number;
  counter: number;
  node: string;
}

const STAMP = /^[0-9a-z]{12}[0-9a-z]{1,16}$/;

/** Whether `s` is a well-formed stamp. */
export const isStamp = (s: unknown): s is string => typeof s === 'string' && STAMP.test(s);

export function formatStamp({ ms, counter, node }: HlcParts): string {
  return (
    Math.max(0, Math.floor(ms)).toString(36).padStart(MS_DIGITS, '0') +
    counter.toString(36).padStart(COUNTER_DIGITS, '0') +
    node
  );
}

export function parseStamp(stamp: string): HlcParts {
  return {
    ms: parseInt(stamp.slice(0, MS_DIGITS), 36),
    counter: parseInt(stamp.slice(MS_DIGITS, MS_DIGITS + COUNTER_DIGITS), 36),
    node: stamp.slice(MS_DIGITS + COUNTER_DIGITS),
  };
}

/** A random node id: 6 base-36 characters. */
export function newNodeId(random: () => number = Math.random): string {
  let id = '';
  for (let i = 0; i < 6; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}

/** One device's clock. */
export class Hlc {
  private ms = 0;
  private counter = 0;

  constructor(
    readonly node: string,
    private readonly now: () => number = Date.now,
  ) {
    if (!/^[0-9a-z]{1,16}$/.test(node)) throw new Error(`bad clock node id: ${node}`);
  }

  /** A stamp for a local event, later than every stamp this clock has made or seen. */
  tick(): string {
    const wall = this.now();
    if (wall > this.ms) {
      this.ms = wall;
      this.counter = 0;
    } else this.bump();
    return formatStamp({ ms: this.ms, counter: this.counter, node: this.node });
  }

  /** Takes in a stamp received from another device, so that later local stamps order after it. */
  observe(stamp: string): void {
    if (!isStamp(stamp)) return;
    const { ms } = parseStamp(stamp);
    const counter = parseStamp(stamp).counter;
    if (ms > this.now() + MAX_DRIFT_MS) return; // a device a day ahead: not trusted to drag us
    if (ms > this.ms) {
      this.ms = ms;
      this.counter = counter;
    } else if (ms === this.ms && counter > this.counter) this.counter = counter;
  }

  private bump() {
    if (this.counter < MAX_COUNTER) this.counter++;
    else {
      this.ms++;
      this.counter = 0;
    }
  }
}
