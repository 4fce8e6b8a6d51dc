import type { ReadEnv } from '../reading';
import { normalizeField } from '../reading';
import { shortText } from '../parse/text';
import { tagOf } from '../tag';
import { looksLikeShownName } from './name-shape';
import { inOthersSection } from './others';
import { namesUser } from './cm-signed-in';
import { headingBefore, RESULTS } from './cm-heading-before';
import { proseByline } from './prose-byline';

/**
 * Record apps (a CRM's person or contact, a cloud EHR's client profile, an agency's patient card) title the record
 * with the name in an element no markup calls a name, then lay its facts out as label/value rows or captioned
 * fields in a panel below or beside it: "<div class=hdr><h1>Jane Doe</h1><span>Owner: …</span></div><aside>
 * Phone … Client ID … Birthday …</aside>". With a birth date read from those facts and no name, the name is the
 * nearest title before the first fact: an element whose whole text reads as a name and opens its block (nothing
 * before it there but an avatar of initials, an icon or the record's type, "Person Account"). Never a value of
 * another label, a link, a list's or a table's item, a menu's, a tab's, a section about another person's
 * (care team, emergency contact) or an organisation's name, nor the signed-in user's.
 * Only the last resort, once the facts hold both an identifier and a birth date (labelled.ts), and only where no
 * rule of its own has judged the title and refused it: never inside a banner landmark, a block with an accessible
 * name or a tooltip; never beside another bare name (a row of patients), after initials that are not the name's or
 * as a badge (initials and a name alone); never with a window title naming someone else, a user's page or a list;
 * never a name split over emphasis (a narrative's header); never below a search's results heading.
 */
const LOOKED_AT = 30;
const SKIP = 'a, li, td, th, button, label, option, select, nav, table, [role="navigation"], [role="menu"], [role="menubar"], [role="tablist"], [role="tab"], [role="listitem"], [role="row"]';
const RECORD_KIND = '(?:patient|client|member|resident|contact|person|person account|lead|participant)s?';
/** Or the record's type and subtype, one after the other ("Contact · Patient"). */
const OPENER = new RegExp(`^(?:\\p{Lu}{2,3}|[^\\p{L}\\p{N}]*|${RECORD_KIND}(?:\\s*[·|•/,›>-]\\s*${RECORD_KIND})*)$`, 'iu');
const USERS = /\b(?:users?|settings|workspace|staff|admin|team|my (?:profile|account))\b/i;
const LIST = /^(?:all )?(?:clients|patients|contacts|people|persons|members|residents|leads|participants)$/i;
/** The record's type in a window title ("Person Account"), which reads as capitalised words too. */
const KIND = /^(?:(?:person|patient|client|member|contact|resident)(?: (?:account|record|profile|overview|chart))?)$/i;

export function recordHeaderName(facts: Element[], env: ReadEnv): { value: string; how: string; id?: string } | null {
  const first = facts.reduce<Element | undefined>((a, b) => (!a || b.compareDocumentPosition(a) & 4 ? b : a), undefined);
  if (!first) return null;
  const doc = first.ownerDocument;
  if (headingBefore(first, RESULTS)) return null;
  for (let k = 0, c = before(first); c && k < LOOKED_AT; c = before(c), k++) {
    if (c.contains(first)) continue;
    const text = shortText(c, 80);
    if (!text || /\d/.test(text) || !text.includes(' ') || !looksLikeShownName(text)) continue;
    // Nor a message's author before its prose, in a ticket's or a case's conversation (prose-byline.ts).
    if (c.closest(SKIP) || !opensBlock(c) || !env.vis.isVisible(c) || inOthersSection(c) || proseByline(c)) continue;
    if (headingBefore(c, RESULTS) || !ownedAlone(c, first) || c.childElementCount > 0 || otherName(c) || !initialsFit(c, text)) return null;
    const n = normalizeField('name', text, env);
    if (!n || !n.value.includes(' ') || namesUser(doc, n.value) || !windowAgrees(doc.title, text)) return null;
    return { value: n.value, how: 'record title before its facts' };
  }
  return null;
}

/** The window's title may name the record, never another person, a user's or a workspace's page, or a list. */
function windowAgrees(title: string, text: string): boolean {
  const parts = title.split(/\s+[-–—|·•:]\s+/).map((p) => p.trim());
  if (parts.some((p) => USERS.test(p) || LIST.test(p))) return false;
  return !parts.some((p) => p !== text && p.includes(' ') && !/\d/.test(p) && looksLikeShownName(p) && !KIND.test(p));
}

/** Another element of its block that reads as a name alone: a row of several people, not one record's title. */
function otherName(c: Element): boolean {
  for (const s of Array.from(c.parentElement?.children ?? [])) {
    const t = s === c ? null : shortText(s, 80);
    if (t && t.includes(' ') && !/[\d:]/.test(t) && looksLikeShownName(t)) return true;
  }
  return false;
}

/** An avatar of initials before it must be the name's, and a badge (initials and a name, nothing after) is the user's. */
function initialsFit(c: Element, text: string): boolean {
  // The avatar may open the block that holds the name's own block ("<div>AB</div><div><div>Name</div>…").
  let a = c;
  for (let k = 0; !a.previousElementSibling && a.parentElement && k < 3; k++) a = a.parentElement;
  const av = a.previousElementSibling ? shortText(a.previousElementSibling, 4) : null;
  if (!av || !/^\p{Lu}{2,3}$/u.test(av)) return true;
  const w = text.split(/[\s,-]+/).filter(Boolean);
  const all = [w.map((x) => x[0]).join(''), `${w[0]?.[0]}${w[w.length - 1]?.[0]}`, `${w[0]?.[0]}${w[1]?.[0]}`, `${w[1]?.[0]}${w[0]?.[0]}`];
  return all.includes(av) && c.nextElementSibling !== null;
}

/** Between the title and the facts' shared block, nothing a rule of its own judges: a banner landmark, an accessible name, a tooltip. */
function ownedAlone(c: Element, first: Element): boolean {
  if (c.closest('header, [role="banner"]')) return false;
  for (let a: Element | null = c; a; a = a.parentElement) {
    if (a.matches('[aria-label], [aria-labelledby], [title]')) return false;
    if (a.contains(first)) return true;
  }
  return false;
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
