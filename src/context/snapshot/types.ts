/** The reader split's shared constants (docs/reader-split.md): the frame's mirror sender and the reading page's mirror. */
export const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** Caps for hostile pages: a page past one is sent truncated and read as no client. */
export const MAX_SNAPSHOT_ELEMENTS = 200_000;
export const MAX_SNAPSHOT_TEXT = 10 * 1024 * 1024;
/** Shadow roots nested deeper than this are not read (the reader's walk goes no deeper either). */
export const MAX_SHADOW_DEPTH = 8;
