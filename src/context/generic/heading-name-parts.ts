import { emptyReading, put, type ReadEnv } from '../reading';
import { looksLikeShownName } from './name-shape';

/** A caption printed under a part of the name ("Given", "Middle", "Family Name"), never a part itself. */
const CAPTION = /^(?:given|first|middle|family|last|sur)(?: ?names?| initial)?$/i;

/**
 * A page heading that holds the name and then the line of identity values, each part of the name
 * captioned in a small element of its own ("<h1><span>Grace<em>Given</em></span> <span>Tembo<em>Family
 * Name</em></span> <span>Female 63 year(s) (21.Sep.1963)</span></h1>", OpenMRS 2's header): the heading's
 * text before the line, without the captions, is the name. The heading, not a class, says it is the
 * page's subject; the line inside it says whose identity it titles.
 */
export function headingNameParts(line: Element, env: ReadEnv): { value: string; how: string; id?: string } | null {
  const heading = line.parentElement?.closest('h1, h2, h3');
  if (!heading || !env.vis.isVisible(heading)) return null;
  let text = '';
  for (let n = heading.firstChild; n && !n.contains(line); n = n.nextSibling) text += ` ${partsOf(n)}`;
  text = text.replace(/\s+/g, ' ').trim();
  if (!text || !looksLikeShownName(text)) return null;
  const r = emptyReading();
  return put(r, 'name', text, '', env) && (r.fields.name as string).includes(' ') ? { value: r.fields.name as string, how: 'heading before its identity line' } : null;
}

/**
 * The same heading's name wherever it is read whole (a banner's name beside a labelled one): its parts up to
 * the first with a figure (the identity line), captions dropped; null when no part carries a caption.
 */
export function captionedName(heading: Element): string | null {
  const dropped = { n: 0 };
  let text = '';
  for (let n = heading.firstChild; n && !/\d/.test(n.textContent ?? ''); n = n.nextSibling) text += ` ${partsOf(n, dropped)}`;
  return dropped.n > 0 ? text.replace(/\s+/g, ' ').trim() || null : null;
}

/** Each text apart (a minifier leaves "Grace" and "Given" side by side), captions dropped. */
function partsOf(n: Node, dropped = { n: 0 }): string {
  if (n.nodeType === 3) return n.nodeValue ?? '';
  if (n.nodeType !== 1) return '';
  const el = n as Element;
  if (!el.firstElementChild) return CAPTION.test(el.textContent?.trim() ?? '') && ++dropped.n ? '' : el.textContent ?? '';
  return Array.from(el.childNodes, (c) => partsOf(c, dropped)).join(' ');
}
