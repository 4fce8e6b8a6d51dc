import type { ReadEnv } from '../reading';
import { normalizeField } from '../reading';
import { shortText } from '../parse/text';
import { looksLikeShownName } from './name-shape';
import { namesUser } from './cm-signed-in';
import { inOthersSection } from './others';
import { captionedLeaf, labelledBar } from './landmark-leaves';
import { avatarFits, beforeNameLine, imageText, withoutBirthOrder } from './landmark-lead';

const LANDMARK = 'header, [role="banner"]';
const NOT_TITLE = 'a, button, li, nav, [role="navigation"], [role="menu"], [role="tab"], [aria-hidden="true"]';

/**
 * A patient bar marked as the page's banner landmark that opens with the name in natural order, in an element of its
 * own, before the line of its facts ("<div role=banner><div>Ngozi Adebayo-Price</div><div>58 y F · DOB … · Pt ID …
 * </div></div>", a specialty EHR's patient bar): the name is its first text. Asked only when the landmark holds the
 * record number and birth date read and nothing else named the client; never when any other element of the
 * landmark reads as a name alone (the signed-in user, a provider), never a link, a button, a menu's or a section
 * about another person, never the signed-in user's name.
 */
export function landmarkName(region: Element, env: ReadEnv): { value: string; how: string; id?: string } | null {
  // Or the bar its aria-label names; a caption or a captioned clinician in it is no second name (landmark-leaves.ts).
  const landmark = region.closest(LANDMARK) ?? labelledBar(region);
  if (!landmark) return null;
  const texts = landmark.ownerDocument.createTreeWalker(landmark, 4);
  let node: Node | null;
  // Past an avatar drawn as an image and a line that is only the used name in quotes (landmark-lead.ts).
  let avatar = '';
  for (let k = 0; (node = texts.nextNode()) && beforeNameLine(node) && k < 50; k++) avatar += imageText(node);
  const first = node?.parentElement;
  if (!first || first.childElementCount > 0 || first.closest(NOT_TITLE) || !env.vis.isVisible(first) || inOthersSection(first)) return null;
  // A newborn's '(TWIN B)' after the name is the record's own (landmark-lead.ts).
  const text = withoutBirthOrder(shortText(first, 80) ?? '');
  if (!text || /\d/.test(text) || !text.includes(' ') || !looksLikeShownName(text)) return null;
  if (avatar && !avatarFits(avatar, text)) return null;
  for (const other of Array.from(landmark.querySelectorAll('*')).slice(0, 200)) {
    if (other === first || other.childElementCount > 0) continue;
    const t = shortText(other, 80);
    if (t && t.includes(' ') && !/[\d:]/.test(t) && looksLikeShownName(t) && !captionedLeaf(t)) return null;
  }
  const n = normalizeField('name', text, env);
  if (!n || !n.value.includes(' ') || namesUser(landmark.ownerDocument, n.value)) return null;
  return { value: n.value, how: 'first text of the banner landmark' };
}
