/** Calls the background broadcasts to the extension's frames (the sidebar); see `protocol.ts`. */
import * as v from 'valibot';

export const frameCalls = {
  /** A highlight was clicked in the page: the sidebar showing it brings it into view. */
  focusHighlight: v.object({ id: v.pipe(v.string(), v.maxLength(100)) }),
} as const;

/** Results of the frames' calls. */
export interface FrameResults {
  focusHighlight: null;
}
