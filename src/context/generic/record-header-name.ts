import type { ReadEnv } from '../reading';
import { normalizeField } from '../reading';
import { shortText } from '../parse/text';
import { tagOf } from '../tag';
import { looksLikeShownName } from './name-shape';
import { inOthersSection } from './others';
import { namesUser } from './cm-signed-in';

/**
 * Record apps (a CRM's person or contact, a cloud EHR's client profile, an agency's patient card) title the record
 * with the name in an element no markup calls a name, then lay its facts out as label/value rows or captioned
 * fields in a panel below or beside it: "<div class=hdr><h1>Jane Doe</h1><span>Owner: …</span></div><aside>
 * Phone … Client ID … Birthday …</aside>". With a birth date read from those facts and no name, the name is the
 * nearest title before the first fact: an element whose whole text reads as a name and opens its block (nothing
 * before it there but an avatar of initials, an icon or the record's type, "Person Account"). Never a value of
 * another label, a link, a list's or a table's item, a menu's, a tab's, a section about another person's
 * (care team, emergency contact) or an organisation's name, nor the signed-in user's.
 */
const LOOKED_AT = 30;
const SKIP = 'a, li, td, th, button, label, option, select, nav, table, [role="navigation"], [role="menu"], [role="menubar"], [role="tablist"], [role="tab"], [role="listitem"], [role="row"]';
const OPENER = /^(?:\p{Lu}{2,3}|[^\p{L}\p{N}]*|(?:patient|client|member|resident|contact|person|person account|lead|participant)s?)$/iu;
/** Words of an organisation's or a program's name, which reads as capitalised words too. */
const ORGANISATION = /\b(?:services?|network|collaborative|housing|foundation|agency|association|society|coalition|alliance|shelter|bank|church|county|city|company|corp(?:oration)?|ltd|trust|fund|program|project|institute|university|school|college|academy|solutions|systems|hospice|nursing|rehab(?:ilitation)?|pharmacy|living|village|manor|community|ministries|collective|cooperative|council|office|branch)\b/i;

export function recordHeaderName(facts: Element[], env: ReadEnv): { value: string; how: string; id?: string } | null {
  const first = facts.reduce<Element | undefined>((a, b) => (!a || b.compareDocumentPosition(a) & 4 ? b : a), undefined);
  if (!first) return null;
  const doc = first.ownerDocument;
  for (let k = 0, c = before(first); c && k < LOOKED_AT; c = before(c), k++) {
    if (c.contains(first)) continue;
    const text = shortText(c, 80);
    if (!text || /\d/.test(text) || !text.includes(' ') || !looksLikeShownName(text) || ORGANISATION.test(text)) continue;
    if (c.closest(SKIP) || !opensBlock(c) || !env.vis.isVisible(c) || inOthersSection(c)) continue;
    const n = normalizeField('name', text, env);
    if (!n || !n.value.includes(' ') || namesUser(doc, n.value)) return null;
    return { value: n.value, how: 'record title before its facts' };
  }
  return null;
}

/** Nothing before it in its block but an avatar of initials, an icon, or the record's type. */
function opensBlock(c: Element): boolean {
  const parent = c.parentElement;
  if (!parent || /^(?:BODY|HTML)$/.test(tagOf(parent))) return false;
  let before = '';
  for (let n = parent.firstChild; n && n !== c; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).getAttribute('aria-hidden') === 'true') continue;
    before += ` ${n.textContent ?? ''}`;
    if (before.length > 40) return false;
  }
  return OPENER.test(before.trim());
}

/** The element before `el` in document order (its previous sibling's last descendant, else its parent). */
function before(el: Element): Element | null {
  let prev = el.previousElementSibling;
  if (!prev) return el.parentElement && !/^(?:BODY|HTML)$/.test(tagOf(el.parentElement)) ? el.parentElement : null;
  while (prev.lastElementChild) prev = prev.lastElementChild;
  return prev;
}
