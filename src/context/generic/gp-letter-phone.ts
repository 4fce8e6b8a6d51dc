import { PHONE_CHIP } from './cm-line-phone';

/** With its colon or without it ("M 555-812-3307"): the phone's shape after it decides either way. */
const LETTER = /^[mcw](?: ?: ?| )(.+)$/i;

/**
 * "M: (617) 555-0184": a banner chip abbreviates mobile (cell, work) to the letter that is also a sex code ("M: F"
 * in a demographics cell), so the letter is no label (labels.ts); the value's shape decides. A number shaped like a
 * phone is one, anything else is left unread.
 */
export function letterPhone(token: string): string | null {
  const value = LETTER.exec(token)?.[1];
  return value !== undefined && PHONE_CHIP.test(value) ? value : null;
}
