/**
 * Frame tickets: the extension pages a site may show in a frame (sidebar.html, hovercard.html)
 * are web-accessible, so any page could frame them — with any article's address — and lure a
 * click onto what they show (clickjacking). Each tab gets a random ticket when its content script
 * reports an article; our own frames carry it in their address, and a frame shows anything only
 * when the background confirms the ticket is that tab's, for that article. A page cannot learn
 * the ticket: it lives in a frame inside our closed shadow root and in the frame's own address.
 *
 * Tickets are kept in `storage.session` (memory only, not readable by content scripts) so a
 * restarted service worker still knows them.
 */

export interface TicketStore {
  get(): Promise<Record<string, { ticket: string; key: string }> | undefined>;
  set(value: Record<string, { ticket: string; key: string }>): Promise<void>;
}

/** 128 random bits, hex. */
export function randomTicket(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export class FrameTickets {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: TicketStore,
    private readonly random: () => string = randomTicket,
  ) {}

  /** A new ticket for the article `key` shown in tab `tabId` (the tab's earlier one lapses). */
  issue(tabId: number, key: string): Promise<string> {
    return this.update((all) => {
      const ticket = this.random();
      all[String(tabId)] = { ticket, key };
      return ticket;
    });
  }

  /** Whether a frame in `tabId` showing `key` holds that tab's ticket. */
  async check(tabId: number | undefined, ticket: string, key: string): Promise<boolean> {
    if (tabId === undefined || tabId < 0 || !ticket) return false;
    await this.queue;
    const held = (await this.store.get())?.[String(tabId)];
    return !!held && equal(held.ticket, ticket) && held.key === key;
  }

  /** The tab's ticket when it was issued for `key`, else null. */
  async current(tabId: number, key: string): Promise<string | null> {
    await this.queue;
    const held = (await this.store.get())?.[String(tabId)];
    return held && held.key === key ? held.ticket : null;
  }

  /** A closed tab's ticket goes. */
  forget(tabId: number): Promise<void> {
    return this.update((all) => {
      delete all[String(tabId)];
    });
  }

  private update<T>(change: (all: Record<string, { ticket: string; key: string }>) => T) {
    const next = this.queue.then(async () => {
      const all = { ...((await this.store.get()) ?? {}) };
      const result = change(all);
      await this.store.set(all);
      return result;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/** Compares without stopping at the first difference. */
function equal(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
