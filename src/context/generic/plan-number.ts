import { shortText } from '../parse/text';

/**
 * Whose number an insurance line's "Member #" is. Chart banners print the insurance beside the patient
 * ("Primary ins: Bluecrest PPO  Member #: XBC7781203"): a number on a line an insurance label opens is
 * the plan's, not the chart's record number, which the banner prints elsewhere ("#48213"). Payer
 * platforms' own member headers label the member ID without an insurance line before it.
 *
 * Colon or not: many products print the caption bare ("Ins Blue Cross NM · Subscriber …"), and the plan's line is no
 * less the plan's; without it a subscriber's birth date and id on that line read as a second client's. Never a name
 * led by such a word ("Carrier, Jane"), nor a caption of its own ("Subscriber ID", "Subscriber DOB": a member card's field).
 */
const INSURANCE_LINE = /^(?:(?:primary|secondary|tertiary)\s+)?(?:ins(?:urance)?|payer|payor|coverage|policy|subscriber|guarantor|carrier)\b(?:[^:]{0,20}:|(?![,.'’-])(?!\s+(?:id|#|no\b|num|nbr|dob|date|name|rel)))/i;

export function insuranceLine(el: Element): boolean {
  return INSURANCE_LINE.test(shortText(el, 80) ?? '');
}

/** A banner line's chips up to its insurance: what follows an insurance label is the plan's. */
export function beforeInsurance(tokens: string[]): string[] {
  const i = tokens.findIndex((t) => INSURANCE_LINE.test(t));
  return i < 0 ? tokens : tokens.slice(0, i);
}
