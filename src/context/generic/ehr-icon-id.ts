import { shortText } from '../parse/text';
import { hintWords } from './hints';

/** An icon's markup naming an identifier: "fa-id-card", "id-badge", an svg labelled "Identifier". */
const ID_ICON = /\b(?:id(?: card| badge)?|identifier|identification|mrn)\b/;
const ICON_TAGS = new Set(['i', 'svg', 'span', 'img']);

/**
 * "<i class='fa fa-id-card'></i><p>ABC200016 | NAT-44120-9</p>": a header whose labels are icons
 * prints the record number bare after an icon that stands for "identifier". When the first text shown
 * after such an icon in the line starts with the line's first token, that token comes back labelled
 * ("ID: ABC200016"), so the line reads it as the record number. Null when no identifier icon leads it.
 */
export function iconLabelledId(line: Element, tokens: string[]): string[] | null {
  const first = tokens[0] as string;
  const all = line.getElementsByTagName('*');
  let icon = false;
  for (let i = 0; i < 30 && all[i]; i++) {
    const e = all[i] as Element;
    const text = shortText(e, 60);
    if (!text) {
      icon ||= ICON_TAGS.has(e.localName) && ID_ICON.test(`${hintWords(e)} ${(e.getAttribute('alt') ?? '').toLowerCase()}`);
      continue;
    }
    // A container's leaves decide; the first leaf shown must follow the icon and hold the line's first value.
    if (e.childElementCount > 0) continue;
    return icon && text.startsWith(first) ? [`ID: ${first}`, ...tokens.slice(1)] : null;
  }
  return null;
}
