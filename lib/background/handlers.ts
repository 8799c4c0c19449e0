/**
 * The background's message handlers, as a map of named async functions (refined-github style).
 * Dependencies come in as parameters so tests can pass fakes.
 */
import * as v from 'valibot';
import { readArticle, recordVisit } from '../db/articles';
import { refreshRelatedStats } from '../related/stats';
import { createReadingHandlers, type ReadingDeps } from './reading';
import type { SiyaqDatabase, StoredEntity } from '../db/database';
import { enforceBudget, withQuotaRetry, type CacheBudget } from '../related/budget';
import { pageHighlights, saveHighlight, updateHighlight } from '../highlights/store';
import type { BackgroundResults, backgroundCalls } from '../messaging/protocol';
import type { Handlers, Sender } from '../messaging/rpc';
import { ExtractedArticleSchema } from '../messaging/article-schema';

/** What the handlers need from the browser. */
export interface BackgroundDeps {
  database: () => SiyaqDatabase;
  /** Runs `extract.js` in the tab's frame and returns its result. */
  extractInTab: (tabId: number, frameId: number) => Promise<unknown>;
  closeSidebarInTab: (tabId: number) => Promise<void>;
  showEntityInTab: (
    tabId: number,
    names: string[],
    hover?: { url: string; key: string },
  ) => Promise<{ found: number }>;
  /** Makes sure the entities have cached cards; resolves with the requests sent. */
  ensureCards: (entities: StoredEntity[]) => Promise<number>;
  wikipediaEnabled: () => Promise<boolean>;
  /** Key entities of an article's text (the tagger, loaded lazily); may reject. */
  entitiesOf: (text: string, title: string) => Promise<StoredEntity[]>;
  /** Entity keys of each read-also title (the tagger); may reject. */
  titleEntityKeys: (titles: string[]) => Promise<string[][]>;
  /** The reader's cache budget. */
  cacheBudget: () => Promise<CacheBudget>;
  /** Runs a function of the tab's highlights script (installing it first); its result. */
  inHighlightsScript: (
    tabId: number,
    call: 'install' | 'show' | 'status' | 'reload' | 'highlightSelection',
    arg?: string,
  ) => Promise<unknown>;
  /** Opens the tab's sidebar (without closing it when open). */
  openSidebarInTab: (tabId: number) => Promise<boolean>;
  /** Tells open sidebar frames to bring a highlight into view. */
  broadcastFocus: (id: string) => Promise<void>;
  /** Reports an error once per kind without failing the visit. */
  warn: (message: string, error: unknown) => void;
  now: () => number;
  /** The reading list's clock and sync (`reading.ts`). */
  reading: Omit<ReadingDeps, 'database'>;
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
    async articleDetected(_args, sender) {
      const raw = await deps.extractInTab(tabOf(sender), sender.frameId ?? 0);
      const parsed = v.safeParse(ExtractedArticleSchema, raw);
      if (!parsed.success) {
        const issue = parsed.issues[0];
        throw new Error(
          `extraction gave no usable article (${issue?.path?.map((p) => String(p.key)).join('.') ?? ''}: ${issue?.message ?? 'invalid'})`,
        );
      }
      // The visit is stored even if the model cannot run: entities are an addition, not a condition.
      let entities: StoredEntity[] = [];
      try {
        entities = await deps.entitiesOf(parsed.output.text, parsed.output.title);
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
          entities: record.entities.filter((e) => e.type !== 'MISC').map((e) => e.name),
        })
        .catch((e: unknown) => deps.warn('the reading list could not be updated', e));
      // The page's highlights and the selection toolbar: an addition, never a condition.
      await deps
        .inHighlightsScript(tabOf(sender), 'install')
        .catch((e: unknown) => deps.warn('highlights could not be installed in the tab', e));
      return { key: record.url, title: record.title };
    },
    async closeSidebar(_args, sender) {
      await deps.closeSidebarInTab(tabOf(sender));
      return null;
    },
    async showEntity({ names, hover }, sender) {
      return deps.showEntityInTab(tabOf(sender), names, hover);
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
        await deps.inHighlightsScript(tab, 'reload').catch(() => undefined);
      return null;
    },
    async showHighlight({ id }, sender) {
      return { found: (await deps.inHighlightsScript(tabOf(sender), 'show', id)) === true };
    },
    async highlightStatus(_args, sender) {
      const r = await deps.inHighlightsScript(tabOf(sender), 'status');
      const missing = (r as { missing?: unknown } | null)?.missing;
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
    async loadCards({ url }) {
      const article = await readArticle(deps.database(), url);
      const enabled = await deps.wikipediaEnabled();
      if (!article) return { requests: 0, enabled };
      const requests = await deps.ensureCards(article.entities.filter((e) => e.type !== 'MISC'));
      return { requests, enabled };
    },
  };
}
