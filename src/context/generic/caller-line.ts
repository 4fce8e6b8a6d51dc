import { openingText } from '../parse/text';

/**
 * Contact-centre screen pops (Five9, Genesys, NICE CXone and Amazon Connect agent panels beside a member lookup)
 * warn the agent in a line of its own when whoever rang is not the member: "Caller is not the member — <b>Jane
 * Doe</b>, daughter", "Calling on behalf of the member: <strong>…</strong>". The bold name in that line is the
 * caller's (a relative, a caregiver, a representative), set beside the member's card, and read as the card's name
 * it made the caller the client. A line that speaks of the caller names no one else, so its name is never taken.
 */
const CALLER = /\bcaller\b|\bcalling\s+(?:about|for|on\s+behalf\s+of)\b|\bon\s+behalf\s+of\b/i;
/** A warning line or two; past this the ancestor holds the card too. */
const LINE_CHARS = 240;

/** Whether the candidate name sits in a short line about the caller. */
export function inCallerLine(c: Element): boolean {
  for (let cur = c.parentElement, hops = 0; cur && hops < 2; cur = cur.parentElement, hops++) {
    // The opening characters only: a candidate straight under a hostile page's body would build megabytes.
    const text = openingText(cur, LINE_CHARS + 1);
    if (text.length > LINE_CHARS) return false;
    if (CALLER.test(text)) return true;
  }
  return false;
}
