import { shortText } from '../parse/text';
import { othersLabel } from './others';

/**
 * A phone labelled in the row right after another person's row ("Emergency Contact: Pavel Volkov (Son)"
 * then "Phone: …", each a row of label and value in a sidebar block) is that person's: the row before
 * says whose, as a label before it on one line does (others.ts). Only a row naming a person or a place counts:
 * one giving the client's own encounter number or SSN ("FIN NBR", also labels of no client field) does not, nor one
 * naming two people (a line of the care team's roles).
 */
const WHOSE = /contact|kin|guardian|attending|pcp|primary care|provider|physician|doctor|nurse|caregiver|spouse|mother|father|referr|owner|facility|pharmacy|practice|clinic/i;
export function rowAfterOthers(label: Element): boolean {
  const row = label.parentElement;
  if (!row || row.firstElementChild !== label || row.childElementCount > 3) return false;
  const before = row.previousElementSibling;
  const head = before?.firstElementChild;
  const text = head ? shortText(head, 40) ?? '' : '';
  if (!(WHOSE.test(text) && othersLabel(text))) return false;
  // A row naming two people ("Attending … Nurse …") says whose no phone after it is.
  const people = Array.from((before as Element).children).slice(0, 8).filter((c) => WHOSE.test(shortText(c, 40) ?? ''));
  return people.length < 2;
}
