import { shortText } from '../parse/text';
import type { ReadEnv } from '../reading';
import { nameFrom } from './name-near';
import { tagOf } from '../tag';
import { nameFirstLine, namesSeveral } from './hs-banner-name-line';
import { matchLabel } from './labels';
import { ledByCaption } from './caption-led-line';

type Found = ReturnType<typeof nameFrom>;

/**
 * A banner that prints the name bare and first, before its identifiers ("<td>DOE, JANE</td><td>MRN: …</td>"),
 * in the chart's "FAMILY, Given" form: a bare "North Wing" or "General Medicine" there is a place, not a person.
 * Asked only when nothing near the banner names the client.
 */
export function firstTextName(anchor: Element, env: ReadEnv): Found {
  // Or in one of the two rows right above the banner's facts ("<div>WHITLOCK, Cordelia J</div><div>Member ID …</div>"; above a table's,
  // whether a row or one cell of it is the anchor: a facts table of two pairs a row has its birth date in a cell).
  let found = firstTextIn(anchor, env);
  for (let row = (tagOf(anchor) === 'TR' || tagOf(anchor) === 'TD' ? anchor.closest('table') : anchor)?.previousElementSibling, k = 0; row && !found && k < 2; row = row.previousElementSibling, k++) found = namesSeveral(row) ? null : firstTextIn(row, env);
  return found;
}

function firstTextIn(anchor: Element, env: ReadEnv): Found {
  // A banner row's name may sit in the row above it ("<tr><td>Quill, Harriet (30911)</td>…</tr><tr><td>DOB: …").
  const root = tagOf(anchor) === 'TR' ? (anchor.closest('table') as Element) : anchor;
  const texts = anchor.ownerDocument.createTreeWalker(root, 4);
  let node: Node | null;
  let k = 0;
  // The first text shown, past a photo's empty cell (a few hundred blank nodes at most), and past the signed-in
  // user's or the facility's line some headers print in a corner before the name ("User: RANGANATHAN,SURESH MD").
  // And past an avatar's initials hidden from assistive technology ("<div aria-hidden="true">DC</div>"): decoration,
  // which would otherwise pass for a family name in capitals and take the whole header for the name's line. Only
  // inside the banner: an app root hidden behind an open dialog hides the banner too.
  while ((node = texts.nextNode()) && (!node.nodeValue?.trim() || notClients(node.nodeValue) || hiddenWithin(node, root)) && ++k < 300);
  // The family name in capitals in an element of its own, the given name after it ("<span>DOE</span>, Jane (Mrs)"): its line is the name.
  const first = node?.parentElement && /^\p{Lu}[\p{Lu}'’-]+$/u.test(node.nodeValue?.trim() ?? '') && node.parentElement.nextSibling ? node.parentElement.parentElement : node?.parentElement;
  if (!first) return null;
  // Name parts in elements of their own with nothing between them ("<span>Diego</span><span>R</span>") read glued
  // ("DiegoR"): not a name to trust.
  if (first !== node?.parentElement && partsTouch(first)) return null;
  // In capitals but for a Mc/Mac prefix's second letter, as charts print it ("McALLISTER, FIONA J").
  if (/^(?:Ma?c)?\p{Lu}[\p{Lu}'’ -]*\p{Lu},\s*\p{L}{3}/u.test(shortText(first, 80) ?? '')) return nameFrom(first, env, false) ?? nameFirstLine(node, env);
  // Mixed case too when the record number follows in brackets ("Quill, Harriet (30911)"), in the name's element or its cell.
  const withId = [first, first.parentElement].find((el) => el && /^\p{Lu}[\p{L}'’ -]+,\s*\p{Lu}\p{Ll}+[^,()]*\(#?\s*[\w-]*\d[\w-]*\)$/u.test(shortText(el, 80) ?? ''));
  // Or alone: a banner that leads with a chart's "Family, Given M" (or "Family, Marie-Claude M") needs no markup naming it.
  return withId ? nameFrom(withId, env, false) : /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?,\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}[\p{L}'’.-]*)?$/u.test(shortText(first, 80) ?? '') ? nameFrom(first, env, false) : null;
}

function partsTouch(line: Element): boolean {
  for (let c = line.firstElementChild; c?.nextSibling; c = c.nextElementSibling) if (c.nextSibling === c.nextElementSibling) return true;
  return false;
}

function hiddenWithin(node: Node, root: Element): boolean {
  const hidden = node.parentElement?.closest('[aria-hidden="true"]');
  return !!hidden && hidden !== root && root.contains(hidden);
}

/**
 * A line led by a caption of what is no client's ("User:", "Logged in as:", "Provider:"), with its colon or without
 * ("User RANGANATHAN,SURESH MD", caption-led-line.ts).
 */
function notClients(text: string): boolean {
  const caption = /^\s*([^:]{2,30}):/.exec(text)?.[1];
  return (!!caption && matchLabel(caption)?.field === null) || ledByCaption(text);
}
