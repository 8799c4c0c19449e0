/**
 * The call maps, one per direction (hypothesis-style typed RPC): what each context may ask of
 * another, with argument schemas. Handlers live with their context; this file is the contract.
 */
import type * as v from 'valibot';
import { ArticleDetectedSchema, NoArgsSchema } from './schemas';

/** A reference to a stored article, returned to the content script. */
export interface ArticleRef {
  /** The canonical URL: the article's key in the database. */
  key: string;
  title: string;
}

/** Calls the background answers (from the content script and from the sidebar frame). */
export const backgroundCalls = {
  /** The content script saw an Arabic article: extract it in the tab and store the visit. */
  articleDetected: ArticleDetectedSchema,
  /** The sidebar frame's close button: ask the tab's content script to close the frame. */
  closeSidebar: NoArgsSchema,
} as const;

/** Results of the background's calls. */
export interface BackgroundResults {
  articleDetected: ArticleRef;
  closeSidebar: null;
}

/** Calls the content script answers (from the background). */
export const contentCalls = {
  /** The keyboard shortcut: open the sidebar, or close it when open. */
  toggleSidebar: NoArgsSchema,
  closeSidebar: NoArgsSchema,
} as const;

/** Results of the content script's calls. */
export interface ContentResults {
  toggleSidebar: { open: boolean };
  closeSidebar: null;
}

/** The argument type of call `K` in call map `M`. */
export type ArgsOf<M extends Record<string, v.GenericSchema>, K extends keyof M> = v.InferOutput<
  M[K]
>;
