import { shortText } from '../parse/text';
import { normalizeField, type ReadEnv } from '../reading';
import { nameLeadingLabels } from './name-led-labels';

/**
 * The name leading a line of the client's own labels, in plain text ("Thibodeaux, Rémy A.  Case # 19-22841  DOB
 * 09/28/1968"): name-led-labels.ts reads the labels and leaves the name to the rules that look beside the banner, which
 * find it only where markup sets it apart (bold, a heading, a name class). Where nothing does, the line's lead is the
 * name those labels belong to. Asked only of the one element the client's fields were read from, and only when the
 * name is in its first text whole: words in elements of their own before it (an avatar's initials, a badge) are not
 * the name's, and the rules for marked-up names weigh those.
 */
export function ledName(region: Element, env: ReadEnv): { value: string; how: string; id?: string } | null {
  const text = shortText(region, 240);
  const lead = text ? nameLeadingLabels(text)?.lead : undefined;
  if (!lead || !oneWords(firstText(region)).includes(oneWords(lead))) return null;
  const name = normalizeField('name', lead, env);
  return name ? { value: name.value, how: 'the name leading its labels' } : null;
}

const oneWords = (text: string) => text.replace(/\s+/g, ' ').trim();

function firstText(region: Element): string {
  const texts = region.ownerDocument.createTreeWalker(region, 4);
  for (let node = texts.nextNode(), k = 0; node && k < 50; node = texts.nextNode(), k++) if (node.nodeValue?.trim()) return node.nodeValue;
  return '';
}
