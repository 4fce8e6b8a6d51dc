import type { LabelRule } from './labels';

/**
 * A compound banner line prints the phone as one token under a caption a menu also uses ("… · MRN 614092 · Home (713)
 * 555-0190", "H 617-555-0131"): "Home" and "H" alone label nothing, but followed within the token by a whole phone
 * number and nothing else they caption it.
 */
const PHONE = /^\+?[\d\s().-]+$/;

export function barePhoneToken(rule: LabelRule, raw: string): boolean {
  if (rule.field !== 'phone' || !PHONE.test(raw)) return false;
  const digits = raw.replace(/\D/g, '').length;
  return digits >= 10 && digits <= 15;
}
