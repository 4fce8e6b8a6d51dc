import { hintWords } from './hints';

/** Words markup gives the signed-in user's badge: its avatar, initials, user or account menu. */
const BADGE = /\b(?:avatar|initials|user|usr|account)\b/;

/**
 * A user's initials in the app's header ("<span class=avatar>RM</span><span>Reyes, Marisol</span>") spell
 * a label as often as a name ("RM" a room, "MR" a record number): two or three capitals in an element the
 * markup calls an avatar or a user's badge label nothing, and the user's name after them is no value.
 */
export function userBadge(el: Element, text: string): boolean {
  return /^[A-Z]{1,3}$/.test(text) && (BADGE.test(hintWords(el)) || (!!el.parentElement && BADGE.test(hintWords(el.parentElement))));
}
