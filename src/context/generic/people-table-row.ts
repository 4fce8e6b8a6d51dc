import type { ReadEnv } from '../reading';
import { peopleTable } from './people-table';

/**
 * A line read in a row of a people list (a caseload, a census: columns for the member, the id, the
 * birth date, over several rows) is one person among many, however well that one row reads as a
 * banner: the others' rows may fail the line test on their dates or wording, leaving one row alone
 * that would stand for the page's client.
 */
export function inPeopleTableRow(el: Element, env: ReadEnv): boolean {
  const table = el.closest('tr')?.closest('table');
  return !!table && peopleTable(table, env);
}
