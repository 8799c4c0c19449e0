/**
 * Live queries served by the background over a `runtime` port.
 *
 * Why not Dexie in the sidebar frame itself, as DESIGN.md first planned: the frame is an
 * extension page embedded in a news site, i.e. a third-party context, and Chromium denies it
 * IndexedDB and localStorage ("The user denied permission to access the database",
 * `document.hasStorageAccess()` false — seen in Debian's Chromium 156, and the same happens to any
 * reader who blocks third-party cookies). So the background, first-party in the extension origin,
 * runs Dexie's `liveQuery` and streams each new result to the frame through a port.
 */
import * as v from 'valibot';
import type { EntityHistory } from '../cards/history';
import type { ArticleRecord, CardRecord, HighlightRecord } from '../db/database';
import type { RelatedResult } from '../related/query';
import type { ReadingItem } from '../reading/model';
import type { StoryResult } from '../story/story';
import type { Followed } from '../follows/model';
import { HttpUrl } from './schemas';

/** The port's name. */
export const LIVE_PORT = 'siyaq:live';

/** Queries a frame may subscribe to, with their argument schemas. */
export const liveQueries = {
  /** One stored article by canonical URL (`undefined` until stored). */
  article: v.object({ url: HttpUrl }),
  /** Cached cards of some entity keys (missing keys are left out). */
  cards: v.object({ keys: v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(50)) }),
  /** The reader's history of one entity (other articles that mention it). */
  entityHistory: v.object({ key: v.pipe(v.string(), v.maxLength(300)), url: HttpUrl }),
  /** Related articles for a stored article, and which of its own links are read. */
  related: v.object({ url: HttpUrl }),
  /** The earlier articles of a stored article's story, and their unread read-also links. */
  story: v.object({ url: HttpUrl }),
  /** A page's highlights, deleted ones included (the frame offers undo for its own deletions). */
  highlights: v.object({ pageUrl: HttpUrl }),
  /** The names the reader follows (the cards' follow buttons). */
  follows: v.object({}),
  /** The reading-list item for an article, if saved (the sidebar's save button). */
  readingItem: v.object({ url: HttpUrl }),
} as const;

/** What each live query yields. */
export interface LiveResults {
  article: ArticleRecord | undefined;
  cards: CardRecord[];
  entityHistory: EntityHistory;
  related: RelatedResult;
  story: StoryResult;
  highlights: HighlightRecord[];
  readingItem: ReadingItem | null;
  follows: Followed[];
}

/** The one message a frame sends on a new port: which query, with which arguments. */
export const LiveRequestSchema = v.object({
  query: v.picklist(Object.keys(liveQueries) as (keyof typeof liveQueries)[]),
  args: v.unknown(),
});

/** Messages the background sends back on the port. */
export type LiveMessage<T> = { type: 'value'; value: T } | { type: 'error'; error: string };
