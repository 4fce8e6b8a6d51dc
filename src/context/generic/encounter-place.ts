import type { LabelRule } from './labels';

/** The label of an encounter's place read from its class and facility. */
export const ENCOUNTER_PLACE: LabelRule = { field: 'location', re: /^$/ };

/** An encounter class that is a hospital stay. */
const STAY_CLASS = '(?:inpatient|observation|acute(?: care)?|hospital(?:i[sz]ation)?)';
const CLASSED = new RegExp(`^${STAY_CLASS}\\s*(?:[,·|]|\\s[-–—])\\s*(\\p{L}[^\\d:]{2,80})$`, 'iu');

/**
 * "Encounter: Inpatient, Cedar Hollow Regional Medical Center": a discharge summary's encounter row gives the
 * encounter's class and where it was, no dates (those are labelled beside it). A label that reads a period ("Encounter",
 * "Hospitalization") then gives the stay's place, when its class is a hospital stay: an office or ED visit's place is
 * not where the client stays.
 */
export function encounterPlace(raw: string): string | null {
  return CLASSED.exec(raw.trim())?.[1]?.trim() ?? null;
}

const AFTER_PERIOD = new RegExp(`^${STAY_CLASS}\\s*[·|•]\\s*[^·|•]*\\d{1,4}[/.-]\\d{1,2}[^·|•]*[·|•]\\s*(\\p{L}[^:·|•]{2,80})$`, 'iu');

/**
 * "Encounter: Inpatient · 11/30/2026 – 12/03/2026 · Northfield General Hospital, 3 North": a referral summary's encounter
 * row gives the class, the period and then the place, one part between separators each. The place of a hospital stay
 * only, as above.
 */
export function placeAfterPeriod(raw: string): string | null {
  return AFTER_PERIOD.exec(raw.trim())?.[1]?.trim() ?? null;
}
