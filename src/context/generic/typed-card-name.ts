import { shortText } from '../parse/text';
import type { ReadEnv } from '../reading';
import { nameFrom } from './name-near';
import { looksLikeShownName } from './name-shape';

type Found = ReturnType<typeof nameFrom>;

/** A contact's type, printed under its name in a messaging or CRM contact panel. */
const CLIENT_TYPE = /^(?:patient|member|client|resident|participant)$/i;

/**
 * Care-messaging apps (Spruce-, Klara-, Luma-like) open a contact panel with the contact's name and, right under it,
 * the contact's type ("Rosalind Achebe-Field" / "Patient"), captioned rows of birth date, phone and chart id
 * below, all in hashed-class divs: the panel's first line is the client's name when the line after it types the
 * contact as the client. A panel typing its contact otherwise ("Caregiver", "Provider", "Team member") gives nothing.
 */
export function typedCardName(region: Element, env: ReadEnv): Found {
  const texts = region.ownerDocument.createTreeWalker(region, 4);
  let node: Node | null;
  let k = 0;
  while ((node = texts.nextNode()) && (!node.nodeValue?.trim() || !node.parentElement || !env.vis.isVisible(node.parentElement)) && ++k < 50);
  const first = node?.parentElement;
  const text = first ? shortText(first, 80) : null;
  if (!first || !text || first.childElementCount > 0 || text.split(/\s+/).length > 5 || !looksLikeShownName(text)) return null;
  const type = first.nextElementSibling;
  return type && env.vis.isVisible(type) && CLIENT_TYPE.test(shortText(type, 40)?.trim() ?? '') ? nameFrom(first, env, false) : null;
}
