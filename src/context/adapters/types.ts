import type { ContextField, DateOrder } from '../types';

/**
 * How one field is found on an adapter's site. Declarative so that adding a product is mostly data.
 * - `selector`: the text (or `attr`) of the first visible match inside the adapter's root;
 * - `label`: the value cell right after a visible label cell whose text matches (classic tables).
 */
export type FieldRule =
  | { selector: string; attr?: string; dischargeActual?: boolean }
  | { label: RegExp; within?: string; dischargeActual?: boolean };

export interface SiteAdapter {
  /** Stable id; becomes ClientContext.source. */
  id: string;
  /** Human name for options pages and provenance. */
  label: string;
  /** Host names the product is served from; absent = any host (the demo runs on 127.0.0.1:any). */
  hosts?: RegExp;
  /** Tested against the URL path (plus query); at least one must match. */
  paths: RegExp[];
  /** A selector that must be present: URL alone is never proof of which product a page is. */
  marker: string;
  /** Example URLs the adapter must match (checked by unit tests). */
  sampleUrls: string[];
  /** Region holding the patient banner; fields are read inside its first visible match. */
  root?: string;
  /** Name of the root for provenance, e.g. "banner". */
  rootName?: string;
  fields: Partial<Record<ContextField, FieldRule | FieldRule[]>>;
  dateOrder?: DateOrder;
  /** True when one origin hosts several systems, so identity needs the adapter id too. */
  sharedOrigin?: boolean;
  /** False when the page shows no single client (worklists, schedules): the adapter then returns null. */
  isSingleClient?(doc: Document, isVisible: (el: Element) => boolean): boolean;
}
