import { cleanText, shortText } from '../parse/text';
import { headingBefore } from './cm-heading-before';
import { RELATION } from './relation-words';

/**
 * A dental or billing practice system keys its patients by family: Dentrix's family file, Open Dental's Family and
 * Account modules and Eaglesoft's family view all show, beside the one patient opened, a grid of the family (the
 * guarantor, a spouse, the children) each with a birthdate, an age and a chart number; so do EHRs' family member
 * lists. Titled as the family and saying on each row the member's place in it ("Guarantor", "Spouse", "Child",
 * "Wife"), that grid lists the people around the patient, never a list of clients (people-table.ts). Not a
 * "Household" title: a home's or a shelter's household lists may list clients (hc-household.test.ts).
 */
const FAMILY_TITLE = /^(?:the\s+)?family(?:\s+(?:members?|list|grid))?(?:\s*\(\d+\))?$/i;
const POSITION = /^(?:guarantor|head of (?:house(?:hold)?|family)|self|dependent|subscriber|spouse|child)$/i;

/** A table whose caption, accessible name or heading says it is the family, each row naming the member's place. */
export function familyTable(table: Element): boolean {
  const caption = table.querySelector('caption');
  const named = table.getAttribute('aria-label') ?? (caption ? shortText(caption, 60) : null) ?? '';
  if (!FAMILY_TITLE.test(named.trim()) && !headingBefore(table, FAMILY_TITLE)) return false;
  const rows = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.querySelector('td')).slice(0, 20);
  return rows.length > 0 && rows.every((tr) => Array.from(tr.children).some((cell) => place(cleanText(cell.textContent ?? ''))));
}

const place = (text: string) => text.length <= 30 && (POSITION.test(text) || (RELATION.test(text) && !/\d/.test(text) && text.split(' ').length <= 2));
