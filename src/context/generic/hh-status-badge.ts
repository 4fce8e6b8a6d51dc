import { shortText } from '../parse/text';

/**
 * Agency and practice charts put the record's status beside the name, inside its heading, as a badge of its own
 * ("<h1>Jane Doe <span class=badge>DISCHARGED</span></h1>", "Active", "Non-admit", "On hold"): the heading's text
 * runs them together. A status word is never part of a name, and the badge is known by being an element of its own
 * whose whole text is that word: the name is the text before it. A member's eligibility or enrolment (a transport
 * broker's or a plan's 'Eligible', 'Suspended') is such a status too.
 * A labelled name's value carries it the same way ('Member: Doe, Jane <span>Active</span>', labelled.ts).
 */
const STATUS = /^(?:discharged|active|inactive|deceased|expired|archived|pending|admitted|non[- ]?admit|pre[- ]?admit|on hold|hold|transferred|revoked|readmit(?:ted)?|prospective|wait[- ]?list(?:ed)?|closed|referral|new|vip|dnr|(?:in|not )?eligible|(?:dis|un)?enrolled|suspended|terminated)$/i;

export function withoutStatusBadge(el: Element, text: string): string {
  for (let badge = el.lastElementChild, k = 0; badge && k < 3; badge = badge.previousElementSibling, k++) {
    const word = shortText(badge, 24);
    if (!word || !STATUS.test(word)) break;
    const at = text.lastIndexOf(word);
    if (at <= 0 || text.slice(at + word.length).trim()) break;
    text = text.slice(0, at).trimEnd();
  }
  return text;
}
