/**
 * The background's message handlers, as a map of named async functions (refined-github style).
 * Dependencies come in as parameters so tests can pass fakes.
 */
import { createFollowHandlers, type FollowDeps } from './follows';
import * as v from 'valibot';
import { readArticle, recordVisit } from '../related/visits';
import { refreshRelatedStats } from '../related/stats';
import { createReadingHandlers, type ReadingDeps } from './reading';
import type { SiyaqDatabase, StoredEntity } from '../db/database';
import type { Site } from '../nlp/own-outlet';
import { entityNames, namedEntities } from '../db/entities';
import { enforceBudget, withQuotaRetry, type CacheBudget } from '../related/budget';
import { pageHighlights, saveHighlight, updateHighlight } from '../highlights/store';
import type { BackgroundResults, backgroundCalls } from '../messaging/protocol';
import type { PageCaller, PartName } from '../messaging/page-protocol';
import type { Handlers, Sender } from '../messaging/rpc';
import { ExtractedArticleSchema } from '../messaging/article-schema';
import { mayClaim, unarchived, withoutHash } from '../pipeline/urls';
import type { FrameTickets } from './tickets';
import type { PageLabels } from '../ui/i18n';

/** What the handlers need from the browser. */
export interface BackgroundDeps {
  database: () => SiyaqDatabase;
  /** Runs `extract.js` in the tab's frame and returns its result. */
  extractInTab: (tabId: number, frameId: number) => Promise<unknown>;
  closeSidebarInTab: (tabId: number) => Promise<void>;
  /** Injects a part's script (marks.js, highlights.js) into the tab's top frame. */
  installInTab: (tabId: number, part: PartName) => Promise<void>;
  /** Calls a part injected in the tab (lib/messaging/page-protocol.ts); null when absent. */
  callPage: PageCaller;
  /** The address of one of our pages (`/hovercard.html`) with its query. */
  extensionPage: (path: '/hovercard.html', params: Record<string, string>) => string;
  /** The tabs' frame tickets (`tickets.ts`). */
  tickets: FrameTickets;
  /** Makes sure the entities have cached cards; resolves with the requests sent. */
  ensureCards: (entities: StoredEntity[]) => Promise<number>;
  wikipediaEnabled: () => Promise<boolean>;
  /** Key entities of an article's text (the tagger, loaded lazily); may reject. */
  /** Entities of an article; `site` (its shown name and address) leaves its own outlet out. */
  entitiesOf: (text: string, title: string, site: Site) => Promise<StoredEntity[]>;
  /** Entity keys of each read-also title (the tagger); may reject. */
  titleEntityKeys: (titles: string[]) => Promise<string[][]>;
  /** The reader's cache budget. */
  cacheBudget: () => Promise<CacheBudget>;
  /** Opens the tab's sidebar (without closing it when open). */
  openSidebarInTab: (tabId: number) => Promise<boolean>;
  /** Tells open sidebar frames to bring a highlight into view. */
  broadcastFocus: (id: string) => Promise<void>;
  /** Reports an error once per kind without failing the visit. */
  warn: (message: string, error: unknown) => void;
  now: () => number;
  /** The reading list's clock and sync (`reading.ts`). */
  reading: Omit<ReadingDeps, 'database'>;
  /** What Siyaq shows in news pages, in the reader's language (lib/page/ has no dictionary). */
  pageLabels: () => Promise<PageLabels>;
  /** Followed names and the toolbar badges (`follows.ts`). */
  follows: Omit<FollowDeps, 'warn'>;
}

function tabOf(sender: Sender): number {
  const id = sender.tab?.id;
  if (id === undefined || id < 0) throw new Error('not sent from a tab');
  return id;
}

/** Builds the handler map. */
export function createBackgroundHandlers(
  deps: BackgroundDeps,
): Handlers<typeof backgroundCalls, BackgroundResults> {
  // A clicked highlight waits here for the sidebar frame that opens for it (per tab).
  const pendingFocus = new Map<number, string>();
  return {
    ...createReadingHandlers({ ...deps.reading, database: deps.database }),
    ...createFollowHandlers({ ...deps.follows, warn: deps.warn }),
    async articleDetected(_args, sender) {
      const tab = tabOf(sender);
      const raw = await deps.extractInTab(tab, sender.frameId ?? 0);
      const parsed = v.safeParse(ExtractedArticleSchema, raw);
      if (!parsed.success) {
        const issue = parsed.issues[0];
        throw new Error(
          `extraction gave no usable article (${issue?.path?.map((p) => String(p.key)).join('.') ?? ''}: ${issue?.message ?? 'invalid'})`,
        );
      }
      // A page may not speak for another site's article (a poisoned canonical): keyed by its own
      // address then. Extraction already refuses such a claim; the sender's address is the truth.
      const own = sender.url && /^https?:/i.test(sender.url) ? withoutHash(sender.url) : null;
      if (own && !mayClaim(own, parsed.output.url)) parsed.output.url = unarchived(own);
      // The visit is stored even if the model cannot run: entities are an addition, not a condition.
      let entities: StoredEntity[] = [];
      try {
        entities = await deps.entitiesOf(parsed.output.text, parsed.output.title, {
          name: parsed.output.siteName,
          url: parsed.output.url,
        });
      } catch (e) {
        deps.warn('entity analysis failed; the visit is stored without entities', e);
      }
      const database = deps.database();
      const budget = await deps.cacheBudget();
      const record = await withQuotaRetry(database, budget, () =>
        recordVisit(database, parsed.output, deps.now(), entities, deps.titleEntityKeys),
      );
      // The budget and the related query's counts are upkeep: they never fail the visit.
      try {
        await enforceBudget(database, budget, deps.now());
        await refreshRelatedStats(database, record.entityKeys, deps.now());
      } catch (e) {
        deps.warn('cache upkeep failed', e);
      }
      // A saved article: the list learns its excerpt and entities (and a title it lacked).
      await (
        await deps.reading.list()
      )
        .enrich(record.url, {
          title: record.title,
          excerpt: record.excerpt,
          entities: entityNames(record.entities),
        })
        .catch((e: unknown) => deps.warn('the reading list could not be updated', e));
      // The toolbar badge when the article mentions a name the reader follows.
      await deps.follows.badges
        .visited(tab, record.entities)
        .catch((e: unknown) => deps.warn('the toolbar badge could not be updated', e));
      // The page's highlights and the selection toolbar: an addition, never a condition.
      await deps
        .installInTab(tab, 'highlights')
        .catch((e: unknown) => deps.warn('highlights could not be installed in the tab', e));
      const ticket = await deps.tickets.issue(tab, record.url);
      return { key: record.url, title: record.title, ticket, labels: await deps.pageLabels() };
    },
    async closeSidebar(_args, sender) {
      await deps.closeSidebarInTab(tabOf(sender));
      return null;
    },
    async showEntity({ names, hover }, sender) {
      const tab = tabOf(sender);
      if (!names.length) {
        await deps.callPage(tab, 'marks', 'clear', {});
        return { found: 0 };
      }
      await deps.installInTab(tab, 'marks');
      // The hover card is an extension page: it shows the cached card and the reader's history
      // in the extension's origin, out of the page's reach — with the tab's ticket, like the sidebar.
      const ticket = hover ? await deps.tickets.current(tab, hover.url) : null;
      const hoverSrc =
        hover && ticket ? deps.extensionPage('/hovercard.html', { ...hover, t: ticket }) : '';
      const hoverTitle = (await deps.pageLabels()).frame;
      return {
        found: (await deps.callPage(tab, 'marks', 'show', { names, hoverSrc, hoverTitle })) ?? 0,
      };
    },
    async saveHighlight(args) {
      const h = await withQuotaRetry(deps.database(), await deps.cacheBudget(), () =>
        saveHighlight(deps.database(), args, deps.now()),
      );
      return { id: h.id };
    },
    async highlightsForPage({ pageUrl }) {
      return pageHighlights(deps.database(), pageUrl);
    },
    async updateHighlight(change, sender) {
      await updateHighlight(deps.database(), change, deps.now());
      // The page repaints (a deletion, an undo, a colour); a note changes nothing there.
      const tab = sender.tab?.id;
      if (tab !== undefined && tab >= 0 && (change.deleted !== undefined || change.color))
        await deps.callPage(tab, 'highlights', 'reload', {}).catch(() => undefined);
      return null;
    },
    async showHighlight({ id }, sender) {
      return { found: (await deps.callPage(tabOf(sender), 'highlights', 'show', { id })) === true };
    },
    async highlightStatus(_args, sender) {
      const r = await deps.callPage(tabOf(sender), 'highlights', 'status', {});
      // What comes back crossed the page's world: kept only when well-formed.
      const missing: unknown = r?.missing;
      return {
        missing: Array.isArray(missing) ? missing.filter((x) => typeof x === 'string') : [],
      };
    },
    async openHighlight({ id }, sender) {
      const tab = tabOf(sender);
      pendingFocus.set(tab, id);
      const open = await deps.openSidebarInTab(tab);
      await deps.broadcastFocus(id).catch(() => undefined);
      return { open };
    },
    async takeHighlightFocus(_args, sender) {
      const tab = sender.tab?.id;
      if (tab === undefined) return { id: null };
      const id = pendingFocus.get(tab) ?? null;
      pendingFocus.delete(tab);
      return { id };
    },
    async pageLabels() {
      return deps.pageLabels();
    },
    async checkFrame({ ticket, url }, sender) {
      // Our own pages opened as a tab's top document are not framed by a site.
      return { allowed: await deps.tickets.check(sender.tab?.id, ticket, url) };
    },
    async loadCards({ url }) {
      const article = await readArticle(deps.database(), url);
      const enabled = await deps.wikipediaEnabled();
      if (!article) return { requests: 0, enabled };
      const requests = await deps.ensureCards(namedEntities(article.entities));
      return { requests, enabled };
    },
  };
}
