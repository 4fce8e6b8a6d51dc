import { shortText } from '../parse/text';
import { hintWords } from './hints';

/** Markup words of the signed-in user's badge or menu ("user-name", "account menu", "Account manager for …"). */
const USER = /\b(?:user|usr|account|logged|signed)\b/;
/** A record's own words: "member-account", "patient-user" describe the client. */
const CLIENT = /\b(?:patient|member|client|resident|person|contact)\b/;
/** Elements looked at from the top: an app puts its user's badge in its header, before the record. */
const LOOKED_AT = 600;

const words = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z'’-]+/).filter((w) => w.length > 1);

/**
 * A page about the signed-in user (a care manager's own profile, "My Profile") prints a name, a birth
 * date and a phone as a client's record does: the name the page reads is the one the app's header gives
 * its user ("<span class=user-name>Achebe, Simone</span>", a menu button "Account manager for …"). Such a
 * page shows no client. Asked by a reading with no record number (a client's record nearly always shows one).
 */
export function namesUser(doc: Document, name: string): boolean {
  const want = words(name);
  const all = doc.body?.getElementsByTagName('*');
  if (!all || want.length < 2) return false;
  for (let i = 0, el = all.item(0); el && i < LOOKED_AT; el = all.item(++i)) {
    if (!el.hasAttributes()) continue;
    const hints = hintWords(el);
    if (!USER.test(hints) || CLIENT.test(hints)) continue;
    for (const text of [shortText(el, 80), el.getAttribute('aria-label'), el.getAttribute('title')]) {
      const shown = text ? words(text) : [];
      if (shown.length <= 8 && want.every((w) => shown.includes(w))) return true;
    }
  }
  return false;
}
