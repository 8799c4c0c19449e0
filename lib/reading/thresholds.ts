/** When a saved article counts as read (issue 7): this much active time on it… */
export const READ_ACTIVE_MS = 30_000;
/** …and this far down its text. */
export const READ_DEPTH = 0.6;
