import { shortText } from '../parse/text';
import type { ReadEnv } from '../reading';
import { looksLikeShownName } from './name-shape';

/** Words that say whose page it is. */
const WHO = /\b(?:patients?|clients?|members?|residents?|consumers?|participants?)\b/i;

/**
 * A record page whose one heading is the client's name, with the birth date or record number in a
 * sidebar or card far from it (a therapy practice's client overview): the heading counts only when
 * it comes before what the page labels and a second place repeats it and says it is a client's page:
 * the breadcrumb ("Clients › Jane Doe") or the window's title ("Jane Doe - Client Overview"). A
 * directory's or a user's profile repeats a name as well, under other words.
 */
export function pageName(region: Element, env: ReadEnv): { value: string; how: string; id?: string } | null {
  const doc = region.ownerDocument;
  const heads = Array.from(doc.getElementsByTagName('h1')).slice(0, 5).filter((h) => env.vis.isVisible(h));
  const head = heads.length === 1 ? (heads[0] as Element) : null;
  const text = head && head.compareDocumentPosition(region) & 4 ? shortText(head, 80) : null;
  if (!text || !text.includes(' ') || !looksLikeShownName(text)) return null;
  const crumbs = doc.querySelector('[class*="crumb" i], [aria-label*="crumb" i]');
  const trail = crumbs && env.vis.isVisible(crumbs) ? shortText(crumbs, 120) ?? '' : '';
  const title = doc.title;
  const repeated = title.includes(text) && WHO.test(title) ? 'title' : trail.endsWith(text) && WHO.test(trail.slice(0, -text.length)) ? 'breadcrumb' : null;
  return repeated ? { value: text, how: `page heading (and ${repeated})` } : null;
}
