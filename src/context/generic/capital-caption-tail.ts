import { RELATION } from './relation-words';

/**
 * "PHONE ON FILE: 555-410-6628": words after a label's first word and before a colon are the rest of its caption, and
 * the value follows the colon. In mixed case they are lower case ("Phone on file:") and never taken for the next label;
 * in capitals (a stylesheet's text-transform, a terminal's screen) a capital initial no longer marks a new label. So
 * for a value that needs a digit (a phone, a number, a date), up to three words in capitals with no digit before the
 * colon, the value not yet begun, are the caption's tail, unless one of them names another person or another line
 * ("SPOUSE:", "OFFICE:", "FAX:"): those still end the value.
 */
const OTHER_LINE = /\b(?:fax|office|work|business|emergency|contact|caller|guarantor|employer|provider|pcp|agency|clinic|pharmacy|facility|insurance|payer|subscriber)\b/i;

/** Fields whose value holds a digit: text with none before a colon has not begun it. */
export const DIGIT_FIELDS: ReadonlySet<string> = new Set(['phone', 'mrn', 'dob', 'admitDate', 'dischargeDate']);

export function capitalCaptionTail(beforeColon: string): boolean {
  const words = beforeColon.trim().split(/\s+/);
  return words.length <= 3 && /^[\p{Lu}\s.'’-]+$/u.test(beforeColon.trim()) && !RELATION.test(beforeColon) && !OTHER_LINE.test(beforeColon);
}
