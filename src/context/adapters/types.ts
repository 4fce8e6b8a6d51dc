import type { ContextField, DateOrder } from '../types';
import type { ReadEnv, Reading } from '../reading';

/**
 * How one field is found on an adapter's site. Declarative so that adding a product is mostly data.
 * - `selector`: the text (or `attr`, or a form control's current value) of the first visible match
 *   inside the adapter's root; `join` reads every visible match and joins them (name parts shown in
 *   separate elements or inputs); `pattern` keeps only its first capture group;
 * - `label`: the value cell right after a visible label cell whose text matches (classic tables);
 * - `item`: repeated key/value widgets (record highlights, info bars, form rows): in each visible
 *   `item`, the `key` element's text is tested against `label` and the `value` element is read.
 */
interface RuleCommon {
  dischargeActual?: boolean;
  pattern?: RegExp;
}
export type SelectorRule = RuleCommon & { selector: string; attr?: string; join?: boolean };
export type LabelRule = RuleCommon & { label: RegExp; within?: string };
export type ItemRule = RuleCommon & { item: string; key: string; value: string; label: RegExp };
export type FieldRule = SelectorRule | LabelRule | ItemRule;

/** How a page is recognised as an adapter's site: all the content script needs before the adapter itself. */
export interface AdapterMatch {
  /** Stable id; becomes ClientContext.source. */
  id: string;
  /** Host names the product is served from; absent = any host (self-hosted products, the demo). */
  hosts?: RegExp;
  /** Tested against the URL path (plus query); at least one must match. */
  paths: RegExp[];
  /** A selector that must be present: URL alone is never proof of which product a page is. */
  marker: string;
  /** True when one origin hosts several systems, so identity needs the adapter id too. */
  sharedOrigin?: boolean;
}

/**
 * How an adapter reads its site's pages: all its script carries (the background matches its site,
 * the content script has its marker).
 */
export interface AdapterRules {
  /**
   * Region holding the patient banner; fields are read inside the first visible match. A list is
   * tried in order, so a console's active workspace tab can win over the plain record page layout.
   * A function finds a root no selector can name (the block beside a "Patient" title).
   */
  root?: string | readonly string[] | ((doc: Document, isVisible: (el: Element) => boolean) => Element | null);
  /** Name of the root for provenance, e.g. "banner". */
  rootName?: string;
  fields: Partial<Record<ContextField, FieldRule | FieldRule[]>>;
  dateOrder?: DateOrder;
  /** False when the page shows no single client (worklists, schedules): the adapter then returns null. */
  isSingleClient?(doc: Document, isVisible: (el: Element) => boolean): boolean;
}

export interface SiteAdapter extends AdapterMatch, AdapterRules {
  /** Human name for options pages and provenance. */
  label: string;
  /** Example URLs the adapter must match (checked by unit tests). */
  sampleUrls: string[];
}

/** `block`: the patient's own part of the page (the adapter's root, or what holds the values it read). */
export type AdapterOutcome = { kind: 'reading'; reading: Reading; block?: Element } | { kind: 'no-client' } | { kind: 'not-found' };

/** What the reader runs for a matched site: the adapter's id, its date order, and its read. */
export interface AdapterReader {
  id: string;
  dateOrder?: DateOrder;
  read(doc: Document, env: ReadEnv): Promise<AdapterOutcome>;
}
