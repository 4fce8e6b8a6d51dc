import type { LabelRule } from './labels';

const SUBJECT: LabelRule = { field: 'name', re: /^subject$/ };

/**
 * A lookup (the list of a field's selected record tags, named by its aria-label) labelled "Subject"
 * names whom the record is about: a care plan's, goal's or observation's patient in a healthcare data
 * model. Only such a list: a message's "Subject:" line or input is its topic.
 */
export function subjectLookup(el: Element, label: string): LabelRule | null {
  const list = el.localName === 'ul' || el.localName === 'ol' || el.getAttribute('role') === 'list';
  return list && label.trim().toLowerCase() === 'subject' && el.querySelector('li, [role="listitem"]') ? SUBJECT : null;
}
