/**
 * "Physical Therapy Plan of Care & Certification … Start of Care 11/19/2026": an outpatient therapy plan of care
 * dates the episode of therapy visits from its start of care, which admits the client nowhere. Home health's start
 * of care is its admission (hc-labels.ts); a document titled as a therapy discipline's plan of care, naming no home
 * health or OASIS, is the outpatient kind.
 */
const THERAPY_PLAN = /\b(?:physical|occupational|speech(?:[- ]language)?|outpatient|hand|aquatic) therap(?:y|ist)\b[^.]{0,30}\bplan of care\b|\b(?:pt|ot|slp) plan of care\b/i;
const HOME_HEALTH = /\bhome ?health\b|\boasis\b|\bhospice\b|\bhome care\b/i;
const START_OF_CARE = /^label "(?:start of care|soc)(?: date)?:?"$/i;

export function withoutOutpatientStartOfCare<P extends { field: string; how: string }>(pairs: P[], doc: Document): P[] {
  const soc = (p: P) => p.field === 'admitDate' && START_OF_CARE.test(p.how);
  if (!pairs.some(soc)) return pairs;
  const headings = Array.from(doc.querySelectorAll('h1, h2')).slice(0, 4).map((h) => h.textContent ?? '');
  const titles = [doc.title, ...headings].join(' \n ');
  return THERAPY_PLAN.test(titles) && !HOME_HEALTH.test(titles) ? pairs.filter((p) => !soc(p)) : pairs;
}
