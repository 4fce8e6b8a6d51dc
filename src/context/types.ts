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

export interface ExtractOptions {
  profile?: SiteProfile;
  dateOrder?: DateOrder;
  /** Injected clock for the time budget; defaults to performance.now. */
  clock?: () => number;
  /** Give up (return null) after this many milliseconds. */
  budgetMs?: number;
  /** Site adapters to try; defaults to all built-in ones. `[]` runs the generic reader alone. */
  adapters?: readonly SiteAdapter[];
}
