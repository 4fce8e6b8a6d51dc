import { shortText } from '../parse/text';
import { headingBefore } from './cm-heading-before';

/**
 * Headings over the other records a case or record page lists beside its own: a case tool's "Followed cases", an ITSM
 * form's related list "Other Care Cases", a review's "Other open reviews at <hospital>", "Recently viewed members".
 * An HIE's or MPI's patient lookup opens the match picked and lists the candidates it did not pick beside it
 * ("Other matches (not selected)", "Other possible candidates"), each with its own birth date and exchange id.
 * What they head (another member's name, id and birth date) is that record's, never a second client.
 */
export const OTHER_RECORDS = /\b(?:other|related|linked|followed|recent(?:ly viewed)?)\b(?:\s+[\w-]+){0,2}\s+(?:cases|reviews|records|members|patients|clients|referrals|requests|tickets|matches|candidates)\b/i;

/** A table of such records (its heading, caption or accessible name says so) lists others beside the record: no list of clients. */
export function othersRecordsTable(table: Element): boolean {
  const caption = table.querySelector('caption');
  const named = table.getAttribute('aria-label') ?? (caption ? shortText(caption, 80) : null) ?? '';
  return OTHER_RECORDS.test(named) || headingBefore(table, OTHER_RECORDS);
}
