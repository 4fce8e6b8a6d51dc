/** What the content script read about the one client a page shows (DESIGN.md contract). */
export interface ClientContext {
  /** "First Middle Last", natural order and case. */
  name: string;
  mrn?: string;
  /** YYYY-MM-DD */
  dob?: string;
  sex?: string;
  phone?: string;
  /** YYYY-MM-DD */
  admitDate?: string;
  /** YYYY-MM-DD, expected or actual (see dischargeActual). */
  dischargeDate?: string;
  /** True when the page labels the discharge as having happened, false when it says "expected". */
  dischargeActual?: boolean;
  location?: string;
  /** Adapter id, e.g. "demo-classic", "generic". */
  source: string;
  /** 0..1 */
  confidence: number;
  /** For each field read, a short human description of where it came from on the page. */
  provenance?: Partial<Record<ContextField, string>>;
}

export type ContextField =
  | 'name'
  | 'mrn'
  | 'dob'
  | 'sex'
  | 'phone'
  | 'admitDate'
  | 'dischargeDate'
  | 'location';

export const CONTEXT_FIELDS: readonly ContextField[] = [
  'name',
  'mrn',
  'dob',
  'sex',
  'phone',
  'admitDate',
  'dischargeDate',
  'location',
];

/** The i18n key that names each field, wherever a field is shown to the user. */
export const FIELD_LABEL_KEYS: Readonly<Record<ContextField, string>> = {
  name: 'fieldName',
  mrn: 'fieldMrn',
  dob: 'fieldDob',
  sex: 'fieldSex',
  phone: 'fieldPhone',
  admitDate: 'fieldAdmitDate',
  dischargeDate: 'fieldDischargeDate',
  location: 'fieldLocation',
};

/** Day-month order used when a numeric date is ambiguous (03/04/1950). */
export type DateOrder = 'MDY' | 'DMY';

import type { SiteAdapter } from './adapters/types';
import type { SliceOptions } from './slicer';

/** A site profile a user taught by pointing; the content script receives it by message. */
export interface SiteProfile {
  origin: string;
  selectors: Partial<Record<ContextField, string>>;
  dateOrder?: DateOrder;
}

export interface ExtractOptions extends SliceOptions {
  profile?: SiteProfile;
  dateOrder?: DateOrder;
  /** The local calendar day, YYYY-MM-DD (ages and "long past" dates are measured from it); today by default. */
  today?: string;
  /** Site adapters to try; defaults to all built-in ones. `[]` runs the generic reader alone. */
  adapters?: readonly SiteAdapter[];
}

/** How a frame sits in its tab, as its own reader measured it (the top frame reports none). */
export interface FrameView {
  /** The frame's viewport, CSS px. */
  width: number;
  height: number;
  /** Whether any of it shows on screen (IntersectionObserver; with v2, not hidden by opacity or covered). */
  visible?: boolean;
}
