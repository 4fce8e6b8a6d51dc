import { cleanText, INLINE_TAGS } from '../parse/text';
import { tagOf } from '../tag';

/**
 * A name read from a value cell that goes on past a line break. CDA stylesheets (Lantana's cda.xsl and the vendor
 * copies of it) print the patient's name, a <br>, then the "Contact info" caption and the address in the same cell
 * ("Rutger Vandermolen<br><span>Contact info</span><div>Home: …</div>"); read whole, the caption after the break glues
 * to the name ("Rutger Vandermolen Contact info"), words of nobody's name: a wrong client. The name ends with the
 * cell's first line, the inline text before its first <br>, when the value read starts with that line and the line
 * holds two words or more ("DOE,<br>JANE", a name broken over two lines, stays whole).
 */
export function nameLine(el: Element, text: string): string {
  let line = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) line += n.nodeValue ?? '';
    else if (n.nodeType !== 1) continue;
    else if (tagOf(n as Element) === 'BR') return firstLineOf(cleanText(line), text);
    else if (INLINE_TAGS.has(tagOf(n as Element))) line += n.textContent ?? '';
    else return text;
    if (line.length > 120) return text;
  }
  return text;
}

function firstLineOf(line: string, text: string): string {
  if (line.length >= text.length || !text.startsWith(line)) return text;
  return /^\S+\s+\S/.test(line) && !line.endsWith(',') ? line : text;
}
