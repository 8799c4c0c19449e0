/** Calls the content script answers (from the background); see `protocol.ts`. */
import { NoArgsSchema } from './schemas';

export const contentCalls = {
  /** The keyboard shortcut: open the sidebar, or close it when open. */
  toggleSidebar: NoArgsSchema,
  closeSidebar: NoArgsSchema,
  /** A click on a painted highlight: open the sidebar (it stays open if it is). */
  openSidebar: NoArgsSchema,
} as const;

/** Results of the content script's calls. */
export interface ContentResults {
  toggleSidebar: { open: boolean };
  closeSidebar: null;
  openSidebar: { open: boolean };
}
