import { openingText } from '../parse/text';

/**
 * An encounter whose type names an office, clinic or virtual visit is no stay: a C-CDA header's "Encounter"
 * row ("Id: …, Type: Office Visit, Date: December 1, 2026, Location: …"), a practice chart's encounter bar
 * ("Enc Date: … Enc Type: Office Visit", or "Enc: 12/05/2026 Office Visit"). Its date, its end and its place are the visit's; the stay fields
 * read beside that type are dropped. An inpatient, observation or emergency encounter keeps them.
 */
const TYPE = /\b(?:enc(?:ounter)?\.?\s*|visit\s+|appt\.?\s+|appointment\s+)?type\s*:\s*([^,;|·\n]{2,60})/gi;
/**
 * Or the type printed after the encounter's date ("Enc: 12/05/2026 Office Visit · Loc: …", a bar's "ENCOUNTER 12-07-2026 Well
 * Child"), or after a separator (an app's context strip: "Visit 2026-12-07 · Outpatient · CSN …").
 */
const DATED = /\b(?:enc(?:ounter)?|visit|appt)\.?\s*:?\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s+\d{1,2}:\d{2})?(?:\s+[·|•])?\s+([^,;|·\n]{2,60})/gi;
const AMBULATORY = /^(?:[\p{L}-]+\s){0,2}?(?:office|clinic|outpatient|ambulatory|well[- ]?child|wellness|preventive|telehealth|telemedicine|video|virtual|telephone|established patient|new patient)\b/iu;

function visitRow(el: Element): Element | null {
  return el.closest('tr, li') ?? el.parentElement;
}

function namesVisit(row: Element): boolean {
  const text = openingText(row, 1000);
  for (const m of [...text.matchAll(TYPE), ...text.matchAll(DATED)]) if (AMBULATORY.test((m[1] as string).trim())) return true;
  return false;
}

export function ambulatoryEncounter<P extends { field: string; el: Element }>(pairs: P[]): P[] {
  const stay = (p: P) => p.field === 'admitDate' || p.field === 'dischargeDate' || p.field === 'location';
  if (!pairs.some(stay)) return pairs;
  return pairs.filter((p) => {
    if (!stay(p)) return true;
    const row = visitRow(p.el);
    return !row || !namesVisit(row);
  });
}
