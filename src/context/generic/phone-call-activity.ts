import type { LabelRule } from './labels';

/**
 * CRM timelines title a logged call by its activity type, the word "Phone" first ("Phone Call from: Grace Obi
 * (469) 555-0101", "Phone call to Jorge Ruiz"): there "Phone" names the activity, not a caption, and the number
 * after it is the other party's (a relative's, a clinic's), never the record's own.
 */
const CALL = /^call(?:s|ed)?\b/i;

export function phoneCallActivity(rule: LabelRule, rest: string): boolean {
  return rule.field === 'phone' && CALL.test(rest);
}
