import type { DateOrder } from '../model/context';
import type { CadenceTier } from '../model/values';

/** Message keys of the values panel and options both name; a client's page fields are context/types.ts FIELD_LABEL_KEYS. */
export const TIER_KEYS: Readonly<Record<CadenceTier, string>> = { high: 'tierHigh', medium: 'tierMedium', low: 'tierLow' };
export const DATE_ORDER_KEYS: Readonly<Record<DateOrder, string>> = { MDY: 'dateOrderMdy', DMY: 'dateOrderDmy' };
