import type { LabelRule } from './labels';

/**
 * How medical-transport brokers and driver apps label the person a trip carries, ahead of the general rules in
 * labels.ts: the rider or passenger is the client ('Rider', 'Passenger name'), as is the person a driver's current leg
 * is 'Picking up' or 'Dropping off'; their phone and id under the same words. An attendant, an escort or the driver are
 * not among them: their fields keep their own labels.
 */
const WHO = '(?:rider|passenger)';

export const TRANSPORT_LABEL_RULES: readonly LabelRule[] = [
  { field: 'name', re: new RegExp(`^${WHO}(?:'s)?(?: name)?$|^(?:now )?(?:picking up|dropping off)$`), bare: true },
  { field: 'phone', re: new RegExp(`^${WHO}(?:'s)? (?:phone|ph\\.?|tel\\.?|mobile|cell)(?: ?(?:#|no\\.?|number))?$`) },
  { field: 'mrn', re: new RegExp(`^${WHO} (?:#|id|no\\.?|number)$`), weak: 0.25 },
];
