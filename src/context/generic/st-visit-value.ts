/**
 * "Visit: Video Visit · Follow-up · 15 min · 12/06/2026 9:40 AM": a visit or encounter label whose value opens with an
 * office, clinic or remote visit's type dates that visit, not a hospital stay. Its date is no admission (nor its end a
 * discharge); an inpatient or observation encounter under the same label keeps its dates.
 */
const VISIT_VALUE = /^(?:[\p{L}-]+\s)?(?:office|clinic|outpatient|ambulatory|telehealth|telemedicine|tele|video|virtual|telephone|phone|e-?)\s*-?\s*(?:visit|appointment|appt\.?|consult(?:ation)?|session|encounter)\b/iu;

export function datesVisit(raw: string): boolean {
  return VISIT_VALUE.test(raw.trim());
}
