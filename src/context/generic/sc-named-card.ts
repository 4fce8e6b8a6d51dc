import { shortText } from '../parse/text';
import type { ReadEnv } from '../reading';
import { nameFrom } from './name-near';
import { looksLikeShownName } from './name-shape';
import { accessibleName } from './accessible-name';
import { isVisitLine } from './visit-line';

type Found = ReturnType<typeof nameFrom>;

/** What an accessible name calls the client's own card: "Person", "Member information", "Patient details". */
const CLIENT_CARD = /^(?:patient|member|client|resident|participant|individual|person|consumer|enrollee|recipient|beneficiary|seeker)(?:'s)?(?: (?:details|information|info|summary|profile|card|demographics|overview))?$/i;

/**
 * Person cards in single-page apps print the name first and bare, in natural order, above their labelled identity
 * rows, styled by hashed classes only ("<aside aria-label="Person"><p>Thaddeus Okonkwo</p><div>Person ID …"): the
 * card's accessible name says whose it is, so its first line is the client's name when it reads as one. Asked only
 * when nothing near the labelled identity names the client; a card named for someone else (a guardian, a
 * provider) or unnamed gives nothing.
 */
export function namedCardName(region: Element, env: ReadEnv): Found {
  let card: Element | null = region;
  for (let k = 0; card && k < 3 && !CLIENT_CARD.test(accessibleName(card)); k++) card = card.parentElement;
  if (!card || !CLIENT_CARD.test(accessibleName(card))) return null;
  const texts = card.ownerDocument.createTreeWalker(card, 4);
  let node: Node | null;
  let k = 0;
  let first: Element | null | undefined;
  // The first text shown: never the hidden caption an aria-labelledby points at, nor the opened visit's line (visit-line.ts).
  for (let lead = 0; lead < 2 && (first === undefined || (!!first && isVisitLine(shortText(first, 120) ?? ''))); lead++) {
    while ((node = texts.nextNode()) && (!node.nodeValue?.trim() || !node.parentElement || !env.vis.isVisible(node.parentElement) || node.parentElement === first) && ++k < 50);
    first = node?.parentElement;
  }
  // The name's line holds the name alone: a label and its value ("Person ID P-…") do not read as one.
  const text = first ? shortText(first, 80) : null;
  if (!first || !text || first.childElementCount > 0 || text.split(/\s+/).length > 5 || !looksLikeShownName(text)) return null;
  return nameFrom(first, env, false);
}
