/**
 * A page as a person sees it, serialised in the frame (take.ts) and rebuilt in an extension page
 * (rebuild.ts) where the reader's rules run (docs/reader-split.md). A text node is its string.
 */
export type SnapNode = string | SnapElement;

export interface SnapElement {
  /** The qualified name as the page wrote it (an HTML element's in lower case). */
  tag: string;
  /** Namespace, when not the XHTML one. */
  ns?: string;
  /** Attribute names and values, alternating; a namespaced attribute's name is `namespace name`. */
  attrs?: string[];
  kids?: SnapNode[];
  /** The children of the element's open shadow root. */
  shadow?: SnapNode[];
  /** An input's or text area's current value, which the attribute does not follow. */
  value?: string;
  checked?: boolean;
  /** An option the select shows as chosen. */
  selected?: boolean;
}

export interface Snapshot {
  contentType: string;
  /** The document element; absent for an empty document. */
  root?: SnapElement;
  /** A cap was reached (limits below): what was cut may have held a second person. */
  truncated: boolean;
}

export const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** Caps for hostile pages: a snapshot past one is truncated and read as no client. */
export const MAX_SNAPSHOT_ELEMENTS = 200_000;
export const MAX_SNAPSHOT_TEXT = 10 * 1024 * 1024;
/** Shadow roots nested deeper than this are not read (the reader's walk goes no deeper either). */
export const MAX_SHADOW_DEPTH = 8;
