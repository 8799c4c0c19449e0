/**
 * The call maps, one per direction (hypothesis-style typed RPC): what each context may ask of
 * another, with argument schemas. Handlers live with their context; this file is the contract
 * for calls to the background; `content-protocol.ts` for calls to the content script (kept apart
 * so the content script does not carry the background's schemas).
 */
import type { HighlightRecord } from '../db/database';
import {
  HighlightsForPageSchema,
  SaveHighlightSchema,
  ShowHighlightSchema,
  UpdateHighlightSchema,
} from './highlight-schemas';
import {
  ArticleDetectedSchema,
  CheckFrameSchema,
  LoadCardsSchema,
  NoArgsSchema,
  ShowEntitySchema,
} from './schemas';
import {
  HighlightsImportSchema,
  ReadingEditSchema,
  ReadingImportSchema,
  ReadingProgressSchema,
  SaveForLaterSchema,
} from './reading-schemas';
import { FollowSchema } from './follow-schemas';
import type { SyncStatus } from '../reading/sync';
import type { PageLabels } from '../ui/i18n';

/** A reference to a stored article, returned to the content script. */
export interface ArticleRef {
  /** The canonical URL: the article's key in the database. */
  key: string;
  title: string;
  /** The tab's frame ticket: our sidebar frame carries it (lib/background/tickets.ts). */
  ticket: string;
  /** The launcher's words, in the reader's language (the content script has no dictionary). */
  labels: PageLabels;
}

/** Calls the background answers (from the content script and from the sidebar frame). */
export const backgroundCalls = {
  /** The content script saw an Arabic article: extract it in the tab and store the visit. */
  articleDetected: ArticleDetectedSchema,
  /** The sidebar frame's close button: ask the tab's content script to close the frame. */
  closeSidebar: NoArgsSchema,
  /** The sidebar frame: mark an entity's mentions in the tab and scroll to the first (empty: clear). */
  showEntity: ShowEntitySchema,
  /** The sidebar frame opened: make sure the article's entities have cached cards. */
  loadCards: LoadCardsSchema,
  /** The highlights script in a tab: save a new highlight. */
  saveHighlight: SaveHighlightSchema,
  /** The highlights script in a tab: the page's highlights, to paint. */
  highlightsForPage: HighlightsForPageSchema,
  /** The sidebar frame: edit a note or colour, delete or restore. */
  updateHighlight: UpdateHighlightSchema,
  /** The sidebar frame: scroll the tab to a highlight and flash it. */
  showHighlight: ShowHighlightSchema,
  /** The sidebar frame: which of the page's highlights the tab could not find. */
  highlightStatus: NoArgsSchema,
  /** The highlights script: the reader clicked a painted highlight; open it in the sidebar. */
  openHighlight: ShowHighlightSchema,
  /** The sidebar frame, on opening: a highlight to bring into view, if one was clicked. */
  takeHighlightFocus: NoArgsSchema,
  /** The sidebar or the popup: save an article to the reading list. */
  saveForLater: SaveForLaterSchema,
  /** The dashboard: write a batch of imported items (merged with the list). */
  readingImport: ReadingImportSchema,
  /** The dashboard and the popup: mark read or unread, archive, tag, retitle, delete. */
  readingEdit: ReadingEditSchema,
  /** The highlights script: time and scroll on an article (a saved one read through is marked read). */
  readingProgress: ReadingProgressSchema,
  /** The dashboard: highlights from our own export file. */
  highlightsImport: HighlightsImportSchema,
  /** The dashboard: the state of sync. */
  syncStatus: NoArgsSchema,
  /** A sidebar or hover-card frame, before it shows anything: is it ours, in this tab? */
  checkFrame: CheckFrameSchema,
  /** The scripts the background injects in a tab: their words, in the reader's language. */
  pageLabels: NoArgsSchema,
  /** A card or an entity page: follow a name, or stop following it. */
  follow: FollowSchema,
} as const;

/** Results of the background's calls. */
export interface BackgroundResults {
  articleDetected: ArticleRef;
  closeSidebar: null;
  showEntity: { found: number };
  loadCards: { requests: number; enabled: boolean };
  saveHighlight: { id: string };
  highlightsForPage: HighlightRecord[];
  updateHighlight: null;
  showHighlight: { found: boolean };
  highlightStatus: { missing: string[] };
  openHighlight: { open: boolean };
  takeHighlightFocus: { id: string | null };
  saveForLater: { id: string };
  readingImport: { added: number; merged: number };
  readingEdit: { changed: number };
  readingProgress: { marked: boolean };
  highlightsImport: { imported: number };
  syncStatus: SyncStatus | { state: 'off'; reason: string };
  checkFrame: { allowed: boolean };
  pageLabels: PageLabels;
  follow: { following: boolean };
}
