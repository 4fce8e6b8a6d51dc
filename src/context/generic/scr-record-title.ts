import { shortText } from '../parse/text';
import type { ReadEnv } from '../reading';
import { looksLikeShownName } from './name-shape';
import { withoutSaveState } from './scr-save-state';

/** The test and automation hooks record apps put on the record's title ("header_title", "highlightTitle", "record-title"). */
const HOOKS = ['data-id', 'data-testid', 'data-test-id', 'data-selenium-test', 'data-automation-id'];
const TITLE = /(?:header|highlight|record|page|profile|entity)[_-]?title$/i;

/**
 * Record apps mark the record's title for their own test automation, by an attribute and not a heading
 * (a contact's name above an "About this contact" card of properties, a form's title over its header
 * fields): the one element so marked, before the facts read, names the record when the window's title
 * repeats that name, and only beside a birth date: a company's record shows an account number under a title
 * that reads like a name. A case or a deal is titled by a phrase, not a name; two such titles are a list.
 */
export function recordTitle(region: Element, env: ReadEnv): { value: string; how: string; id?: string } | null {
  const doc = region.ownerDocument;
  const marked = Array.from(doc.querySelectorAll(HOOKS.map((h) => `[${h}$="title" i]`).join(',')))
    .filter((el) => HOOKS.some((h) => TITLE.test(el.getAttribute(h) ?? '')) && env.vis.isVisible(el))
    .slice(0, 3);
  if (marked.length !== 1) return null;
  const el = marked[0] as Element;
  const text = withoutSaveState(shortText(el, 80) ?? '');
  if (!text.includes(' ') || !looksLikeShownName(text) || !doc.title.includes(text)) return null;
  return el.contains(region) || el.compareDocumentPosition(region) & 4 ? { value: text, how: 'record title' } : null;
}
