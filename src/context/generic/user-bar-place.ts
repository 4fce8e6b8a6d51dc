import { hintWords } from './hints';

/** Markup words of the signed-in user's badge ("ng-user", "user-name", "logged-in-as", "signed-in-user"). */
const USER = /\b(?:user|usr|logged|signed)\b/;
/** A record's own words: "patient-user", "member-user" describe the client. */
const CLIENT = /\b(?:patient|member|client|resident|person|contact)\b/;

/**
 * An app's top bar names its signed-in user in a badge of its own, no label before it, and beside it where that user
 * works: "<span class=user>B. Aurelio, MD</span><span>Location: Cedar Hollow Clinic</span><span>Practice: 0003</span>"
 * (NextGen-, eClinicalWorks- and athenaOne-like headers). A place labelled in an element beside the user's badge is the
 * user's login location, the same on every chart, never where the client is.
 */
export function placeBesideUser(el: Element): boolean {
  const row = el.parentElement;
  if (!row || row.children.length > 12) return false;
  for (const other of Array.from(row.children)) {
    if (other === el) continue;
    const hints = hintWords(other);
    if (USER.test(hints) && !CLIENT.test(hints)) return true;
  }
  return false;
}
