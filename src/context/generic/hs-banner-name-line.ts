import { shortText } from '../parse/text';
import { normalizeField, type ReadEnv } from '../reading';
import { tagOf } from '../tag';
import { looksLikeShownName } from './name-shape';

/**
 * Two cases around a banner that prints its name bare and first, in the chart's "FAMILY, Given" form.
 *
 * The name's cell may go on under the name ("LAM, GRACE WEI-LING<br><span>Preferred name: Grace</span>"):
 * the cell's whole text is no name, its first line is.
 *
 * A row above the banner that shows several people's names (open charts' tabs, a recent list) is no name
 * row: nothing in it says which of them the banner is about, and the first is as often another patient.
 */

const FAMILY_FIRST = /^\p{Lu}[\p{L}'’ -]*,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

export function nameFirstLine(node: Node | null, env: ReadEnv): { value: string; how: string } | null {
  const next = node?.nextSibling;
  if (!node || node.nodeType !== 3 || !next || next.nodeType !== 1 || tagOf(next as Element) !== 'BR') return null;
  const text = node.nodeValue?.trim() ?? '';
  if (!FAMILY_FIRST.test(text) || !looksLikeShownName(text)) return null;
  const n = normalizeField('name', text, env);
  return n && n.value.includes(' ') ? { value: n.value, how: 'first line of the name cell' } : null;
}

export function namesSeveral(row: Element): boolean {
  let names = 0;
  for (const el of Array.from(row.querySelectorAll('*')).slice(0, 80)) {
    if (el.childElementCount > 0) continue;
    const text = shortText(el, 80) ?? '';
    if (FAMILY_FIRST.test(text) && looksLikeShownName(text) && ++names > 1) return true;
  }
  return false;
}
