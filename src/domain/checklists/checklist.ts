import type { SourceId } from '../text/sources';

/**
 * Shapes shared by the checklist templates. Item ids are stored with every tick: never renumber,
 * rename or reuse one; retire an item by removing it and leave its id unused. The words live in
 * _locales under keys made from the ids (message-keys.ts).
 */
export interface ChecklistItem {
  id: string;
  sourceId: SourceId;
}

/** Trust acts the record can prove by itself (see auto-ticks.ts). */
export type AutoRuleId = 'callbacks-on-time' | 'extra-mile-contact' | 'teach-back' | 'hospital-visit' | 'pain-relieved';

export interface TrustItem extends ChecklistItem {
  auto?: AutoRuleId;
}

export interface TrustStrategy {
  id: string;
  sourceId: SourceId;
  items: readonly TrustItem[];
}

export type Owner = 'care manager' | 'hospital team' | 'client/caregiver' | 'pharmacy' | 'primary care';

export type DischargeSection = 'red' | 'ideal' | 'boost-8p';

export interface DischargeItem extends ChecklistItem {
  section: DischargeSection;
  owner: Owner;
  /** Days relative to the (expected) discharge date: -2 is two days before, +2 two days after. */
  dueOffsetDays: number;
}

/** Template ids as stored in ChecklistRecord.templateId. */
export const TRUST_TEMPLATE_ID = 'trust';
export const DISCHARGE_TEMPLATE_ID = 'discharge';

/**
 * The BOOST 8Ps are a risk screen, not tasks: each answer is a tick in one of these templates (the
 * latest tick of the stay wins; none is "unknown"), so every answer keeps its time and history.
 */
export const RISK_YES_TEMPLATE_ID = 'discharge-risk-yes';
export const RISK_NO_TEMPLATE_ID = 'discharge-risk-no';
