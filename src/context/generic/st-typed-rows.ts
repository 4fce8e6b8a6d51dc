import { shortText } from '../parse/text';
import type { Row } from './stay-table';

/** A stay table's column naming each row's kind of encounter ("Type", "Encounter Type", "Class", "Setting"). */
const TYPE_HEAD = /^(?:(?:encounter|enc\.?|visit|patient|admission) )?(?:type|class|setting)$/i;
/** A kind of encounter that is a stay: a bed in a hospital or a facility. */
const STAY = /\b(?:inpatient|in-patient|observation|admi(?:t|ssion)|acute|hospital|snf|skilled|rehab|residential|swing bed)\b/i;
/** A kind of encounter that is a visit: no bed. */
const VISIT = /\b(?:emergency|ed|er|urgent|outpatient|out-patient|office|clinic|ambulatory|telehealth|virtual|video|telephone|lab|radiology|imaging|wellness|preventive)\b/i;

/** Whether a type cell names a stay (a bed), not a visit. */
export const namesStay = (t: string): boolean => STAY.test(t);

/** The index of a stay table's type column, or -1. */
export function typeColumn(head: Row): number {
  return head.cells.findIndex((c) => TYPE_HEAD.test(shortText(c, 40) ?? ''));
}

/**
 * An encounters table lists visits beside stays ("Inpatient 11/24-11/29 | Emergency 11/24-11/24 | Outpatient 08/14",
 * as an HIE's clinical viewer prints every encounter it holds): where its type column names some row a stay, the rows
 * it names a visit (emergency, outpatient, office, telehealth…) are no stay and are left out before the current row
 * is chosen. Where it names no row a stay, every row is kept, as before (an ED visit may be all the page dates).
 */
export function stayRowsByType<R>(rows: R[], types: string[]): R[] {
  const visit = (t: string) => VISIT.test(t) && !STAY.test(t);
  if (!types.some(namesStay)) return rows;
  return rows.filter((_, i) => !visit(types[i] ?? ''));
}
