import type { ReadEnv } from '../reading';
import { shortText } from '../parse/text';
import { tagOf } from '../tag';
import { looksLikeShownName } from './name-shape';
import { namesUser } from './cm-signed-in';
import { inOthersSection } from './others';
import { captionedLeaf } from './landmark-leaves';
import { credentialTail } from './credential-tail';
import { relativeLead } from './tr-relative-lead';
import { inSiteChrome } from './site-mark';
import { nameFrom } from './name-near';
import { headingBefore, RESULTS } from './cm-heading-before';
import { BANNER_HINT } from './hints';

type Found = ReturnType<typeof nameFrom>;

/** Text that is never the record's title: a link or button (a "< Contacts" back link, an action), a menu, a tab. */
const NOT_TITLE = 'a, button, label, nav, [role="navigation"], [role="menu"], [role="tab"], [role="button"], select, option';
/** Text no one reads: decoration (an avatar's initials) and code. */
const UNSEEN = '[aria-hidden="true"], script, style, template';
/** How far above the facts the block that also holds the name may be: a card's header sits a few levels over its fields. */
const LEVELS = 5;
const initials = /^\p{Lu}{2,3}$/u;
/** A card's title naming its subject next: "Referral for", "Notes about" (a word or two, then the preposition alone). */
const FOR_WHOM = /^\p{Lu}\p{Ll}+(?: \p{Ll}+)? (?:for|about|regarding)$/u;

/**
 * The name a person reads first in the block holding the client's facts, where no class ('patientName', 'record-name')
 * and no heading marks it: a CRM contact card's "<span>Esperanza Quiroga</span>" over its Birthday and Client # rows, a
 * patient header's "<span>Priya Kulkarni</span> <span>(GAN203019)</span>" over its age, sex and birth date. Without
 * its class the span is plain text; what says it is the client's is where it stands: the first thing shown in the
 * smallest block around the facts that opens with a name, before them, alone on its line. From the facts' region
 * up to a few levels, the block's first text (past a link, a button, an avatar's initials) is asked; it is taken
 * only if it reads as a person's name and is not a caption, a clinician, a relative, a name in the app's chrome or the
 * signed-in user's, and no other name stands alone on a line of that block (a list of people, a care team beside the
 * card): then it could be anyone's, and nothing is read. Asked last, when nothing else named the client and a birth
 * date was read.
 */
export function blockLeadName(region: Element, facts: readonly Element[], env: ReadEnv, numbered: boolean): Found {
  // The earliest fact in reading order: the name must come before all of them.
  const first = facts.reduce<Element | null>((a, f) => (!a || f.compareDocumentPosition(a) & 4 ? f : a), null);
  if (!first) return null;
  let block: Element | null = region;
  for (let k = 0; block && k < LEVELS && tagOf(block) !== 'BODY' && tagOf(block) !== 'HTML'; k++, block = block.parentElement) {
    const leaves = shownLeaves(block, env);
    const titles = leaves.filter((l) => l.title);
    // Past an avatar's initials ("IV" over "Ingrid Vasquez"), or a title saying whom the card is for ("Referral for").
    // An avatar's initials before the name are a user's badge's shape as much (hc-avatar-name.ts judges those).
    if (titles[0] && titles[1] && initials.test(titles[0].text) && initialsOf(titles[1].text) === titles[0].text) return null;
    const lead = titles[0] && titles[1] && FOR_WHOM.test(titles[0].text) ? titles[1] : titles[0];
    if (!lead || !(lead.el.compareDocumentPosition(first) & 4) || lead.el.contains(first)) continue;
    if (!person(lead.text)) continue;
    // The name is its element's whole text: one with emphasis inside ('Ruth <b>Orr</b>') is other rules' to judge.
    if (lead.el.childElementCount > 0) return null;
    if (relativeLead(lead.el) || inOthersSection(lead.el) || inSiteChrome(lead.el) || lead.el.closest('td, th') || headingBefore(region, RESULTS)) return null;
    // A card an assistive-technology label names as something else ("Guardian") is that person's.
    if (labelledOther(lead.el, block)) return null;
    // Another name of the block, a link's too, standing as a line of its own: a list or a second person, never guessed between.
    // An address ("Ganiyari, Bilaspur, Chhattisgarh") is capitalised words too, but no name has two commas.
    if (leaves.some((l) => l !== lead && l.text !== lead.text && person(l.text) && !/,.*,/.test(l.text) && !inPair(l.el) && !inProse(l.el))) return null;
    const found = nameFrom(lead.el, env, false);
    // Without a record number read, only a name with its own beside it ('Priya Kulkarni (GAN203019)') is trusted.
    if (!found || (!numbered && !found.id) || namesUser(block.ownerDocument, found.value) || titleNamesOther(block.ownerDocument, found.value)) return null;
    return { ...found, how: `first text of the block holding the facts (${found.how})` };
  }
  return null;
}

/** Reads as a person's whole name: capitalised words, two at least, no digit, no caption, no credential or title. */
function person(text: string): boolean {
  return text.includes(' ') && !/[\d:@]/.test(text) && looksLikeShownName(text) && !captionedLeaf(text) && !credentialTail(text);
}

/**
 * A caption and value pair ("<span>Owner</span> <a>Owen Carraway</a>", "<span>Enc Date</span> <span>…</span>"): another
 * field of the card, said whose, or its caption.
 */
function inPair(el: Element): boolean {
  const parent = el.parentElement;
  return !!parent && parent.childElementCount === 2 && !ownText(parent);
}

/** A name inside a sentence ("<b>Karim Haddad</b> logged a call"): an author or a mention, not a line of its own. */
function inProse(el: Element): boolean {
  return !!el.parentElement && ownText(el.parentElement);
}

function ownText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && /[\p{L}\d]/u.test(n.nodeValue ?? '')) return true;
  return false;
}

function initialsOf(text: string): string {
  const words = text.split(/[\s,]+/).filter(Boolean);
  return words.length >= 2 ? `${words[0]?.[0] ?? ''}${words[words.length - 1]?.[0] ?? ''}`.toUpperCase() : '';
}

function labelledOther(el: Element, block: Element): boolean {
  for (let a: Element | null = el; a; a = a === block ? null : a.parentElement) {
    const label = a.getAttribute('aria-label');
    if (label && !BANNER_HINT.test(label.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())) return true;
  }
  return false;
}

/** The window's title naming someone else in plain words ("Marguerite Olsen - Interface"): the record is theirs, or a list's. */
function titleNamesOther(doc: Document, name: string): boolean {
  const own = name.toLowerCase().split(/\s+/);
  return doc.title.split(/\s[-–—|·:]\s/).some((part) => looksLikeShownName(part.trim()) && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u.test(part.trim()) && !part.toLowerCase().split(/\s+/).some((w) => own.includes(w)));
}

/** The block's elements that hold text of their own, shown, in reading order (the first 300); `title` when it may be the record's title. */
function shownLeaves(block: Element, env: ReadEnv): { el: Element; text: string; title: boolean }[] {
  const out: { el: Element; text: string; title: boolean }[] = [];
  const walker = block.ownerDocument.createTreeWalker(block, 4);
  for (let node = walker.nextNode(), k = 0; node && k < 300; node = walker.nextNode(), k++) {
    const el = node.parentElement;
    if (!el || !node.nodeValue?.trim() || out[out.length - 1]?.el === el || el.closest(UNSEEN) || !env.vis.isVisible(el)) continue;
    const text = shortText(el, 80);
    if (text) out.push({ el, text, title: !el.closest(NOT_TITLE) });
  }
  return out;
}
