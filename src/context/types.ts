import type { ContextField, DateOrder, SiteProfile } from '../model/context';

/** The shapes a page reading produces are stated once, in the model; readers import them from here. */
export { CONTEXT_FIELDS, type ClientContext, type ContextField, type DateOrder, type SiteProfile } from '../model/context';

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

import type { SiteAdapter } from './adapters/types';
import type { SliceOptions } from './slicer';

export interface ExtractOptions extends SliceOptions {
  profile?: SiteProfile;
  dateOrder?: DateOrder;
  /** The local calendar day, YYYY-MM-DD (ages and "long past" dates are measured from it); today by default. */
  today?: string;
  /** Site adapters to try; defaults to all built-in ones. `[]` runs the generic reader alone. */
  adapters?: readonly SiteAdapter[];
  /** Told when the read gave up (the wall-clock cap, a page that threw): its null is no finding. */
  onGaveUp?: () => void;
}

/** How a frame sits in its tab, as its own reader measured it (the top frame reports none). */
export interface FrameView {
  /** The frame's viewport, CSS px. */
  width: number;
  height: number;
  /** Whether any of it shows on screen (IntersectionObserver; with v2, not hidden by opacity or covered). */
  visible?: boolean;
}
