import { matchLabel } from './labels';
import { looksLikeShownName } from './name-shape';
import { parseName } from '../parse/names';
import { withLabelColons } from './restored-colons';

/**
 * "Selected patient <b>Ferreira-Lunde, Joaquim</b> - 8815", a terminal's "NAME <span>ABERNATHY,CLAYTON ROSS</span> MRN
 * <span>611470</span>": a line opened by a name's label printed without its colon, the name set apart in an element of
 * its own right after it. A reader sees the caption and the emphasised name whether a colon stands between them or not.
 * Gives the line as it reads with the colons: the label's, then the name, then the labelled values after it whose shape
 * says they are values (restored-colons.ts), else null. Only a label that says it is a name's ("Name", "Selected patient");
 * a bare word ("Patient", "Employee") is a menu's or a heading's as often, and another person's caption ("Guarantor",
 * "Owner") is no name label at all: whose the line is stays for the caller to judge (another person's section), as with
 * its colon.
 */
export function colonlessLeadLabel(el: Element): string | null {
  const first = el.firstChild;
  const named = el.firstElementChild;
  if (first?.nodeType !== 3 || !named || first.nextSibling !== named || named.childElementCount > 0) return null;
  const label = (first.nodeValue ?? '').trim().replace(/\s+/g, ' ');
  if (!label || /[:=]/.test(label)) return null;
  const rule = matchLabel(label);
  if (rule?.field !== 'name' || rule.bare || rule.part) return null;
  const name = (named.textContent ?? '').trim().replace(/\s+/g, ' ');
  if (!name || /[\d:]/.test(name) || !looksLikeShownName(name) || parseName(name) === null) return null;
  let rest = '';
  for (let n = named.nextSibling; n; n = n.nextSibling) rest += n.textContent ?? '';
  rest = rest.trim().replace(/\s+/g, ' ');
  if (/[:=]/.test(rest)) return null;
  const after = rest ? withLabelColons(rest) : null;
  return `${label}: ${name}${after ? ` ${after}` : ''}`;
}
