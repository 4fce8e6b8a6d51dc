import * as v from 'valibot';
import { CalendarDateSchema, dictionary, text } from './values';

/**
 * What a page can tell about the one client it shows (DESIGN.md contract), and the profiles a
 * user teaches by pointing. The content script produces these; every other context checks them.
 */
export const CONTEXT_FIELDS = ['name', 'mrn', 'dob', 'sex', 'phone', 'admitDate', 'dischargeDate', 'location'] as const;
export const ContextFieldSchema = v.picklist(CONTEXT_FIELDS);
export type ContextField = v.InferOutput<typeof ContextFieldSchema>;

/** Day-month order used when a numeric date is ambiguous (03/04/1950). */
export const DateOrderSchema = v.picklist(['MDY', 'DMY']);
export type DateOrder = v.InferOutput<typeof DateOrderSchema>;

export const ClientContextSchema = v.strictObject({
  /** "First Middle Last", natural order and case. */
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  mrn: v.optional(text(64)),
  dob: v.optional(CalendarDateSchema),
  sex: v.optional(text(32)),
  phone: v.optional(text(40)),
  admitDate: v.optional(CalendarDateSchema),
  /** Expected or actual (see dischargeActual). */
  dischargeDate: v.optional(CalendarDateSchema),
  /** True when the page labels the discharge as having happened, false when it says "expected". */
  dischargeActual: v.optional(v.boolean()),
  location: v.optional(text(200)),
  /** Adapter id, e.g. "demo-classic", "generic". */
  source: text(64),
  /** 0..1 */
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  /** For each field read, a short human description of where it came from on the page. */
  provenance: v.optional(dictionary(ContextFieldSchema, v.optional(text(300)))),
});
export type ClientContext = v.InferOutput<typeof ClientContextSchema>;

/** An http(s) origin ("https://ehr.example.org", port allowed), nothing more. */
export const WebOriginSchema = v.pipe(v.string(), v.maxLength(300), v.regex(/^https?:\/\/[^/?#\s]+$/));

/** A site profile a user taught by pointing; the content script receives it by message. */
export const SiteProfileSchema = v.strictObject({
  origin: WebOriginSchema,
  selectors: dictionary(ContextFieldSchema, v.optional(text(500))),
  dateOrder: v.optional(DateOrderSchema),
});
export type SiteProfile = v.InferOutput<typeof SiteProfileSchema>;
