import { shortText } from '../parse/text';
import type { LabelRule } from './labels';

/**
 * An encounters table (FHIR apps print a patient's Encounter resources as "ID | Status | Class | Period | Location |
 * Participant") has columns whose headers label a person's fields elsewhere: its "ID" is each encounter's own id and its
 * "Participant" the clinician who took part. Under a column naming each row's class or type of encounter, they make
 * the table no list of people; without one, as before, they do.
 */
export function encounterColumn(cell: Element, rule: LabelRule, typeAt: number): boolean {
  if (typeAt < 0) return false;
  const text = shortText(cell, 40)?.trim() ?? '';
  return (rule.field === 'mrn' && /^id$/i.test(text)) || (rule.field === 'name' && /^participants?$/i.test(text));
}
