import type { RawPair } from './line';
import { RELATION } from './relation-words';
import { afterOthers } from './others';
import { tagOf } from '../tag';
import { SHAPE } from './labels';
import { afterSubjectLead, CHART_IN_PROSE } from './prose-subject';

const MRN_IN_PROSE = /\b(?:mrn|mr\s?#|medical record (?:number|no\.?|#))\s*[:#=]?\s*([A-Za-z]{0,4}-?\d[\w-]{2,19})/i;
/** What opens a message or a note's sentence before the name: "Re:", "Regarding" (dropped), "Saw", "Called" (not a name: nothing is read). */
const OPENER = /^(?:re:?|regarding|subject:?)\s+/i;
/** The record number's or the birth date's label right after the name, in brackets or after a comma. */
const ATTACHED = /^\s*[,(]\s*(?:mrn|mr\s?#|medical record (?:number|no\.?|#)|dob|d\.o\.b\.?|date of birth|born)\b/i;
const VERB = /^(?:saw|seen|met|called|spoke|visited|reviewed|discussed|contacted|examined|per|today|with|for|from|to|by|pt|note|plan)\b/i;

/**
 * A sentence that names a person and gives both their record number and birth date ("Jane Doe (MRN
 * 123456, DOB 01/05/1950) was seen today", "Re: Jane DOE, DOB …, MRN …"), or one of them labelled right
 * after the name, identifies a client outside a document's header too: a note's opening line, a message, a task. The name must open the sentence
 * in two to four capitalised words ("Jane Marie Doe is a 76-year-old female …" reads up to "is").
 * Never in navigation, a list item or a link, where apps print the other patients a user opened.
 */
export function identityProse(prose: RawPair[], text: string, el: Element): RawPair[] | null {
  if (el.closest('a, li, nav, aside, [role="navigation"]')) return null;
  // Or what a referral's sentence says before its client ("… for our patient", prose-subject.ts).
  const out = prose.map((p) => (p.rule.field === 'name' ? { ...p, raw: afterSubjectLead(p.raw.replace(OPENER, '')).split(/\s+(?:is|was|has|had|presents|presented)\s/)[0] as string } : p));
  const id = !out.some((p) => p.rule.field === 'mrn') && (MRN_IN_PROSE.exec(text) ?? CHART_IN_PROSE.exec(text));
  if (id) out.push({ rule: SHAPE.mrn, raw: id[1] as string, how: 'sentence, record number' });
  const name = out.find((p) => p.rule.field === 'name')?.raw.trim() ?? '';
  if (!/^\p{Lu}\S*(?: \p{Lu}\S*){1,3}$/u.test(name) || VERB.test(name)) return null;
  const mrn = out.some((p) => p.rule.field === 'mrn');
  const dob = out.some((p) => p.rule.field === 'dob');
  if (mrn && dob) return out;
  // One of them identifies too when its label follows the name at once, as a note introduces its subject
  // ("Jane Doe (MRN 123456) was seen", "Re: Jane DOE, DOB …"): not a date or a number met later in the sentence.
  // Never a value under a label of its own ("Spouse: Odile Doe, born 1/12/1951"): the label says whose it is.
  const at = text.indexOf(name);
  return (mrn || dob) && at >= 0 && ATTACHED.test(text.slice(at + name.length)) && !underLabel(el) && !afterOthers(el) ? out : null;
}

const NAME_THEN_MRN = /^(?:(?:re:?|regarding|subject:?)\s+)?([^,()]{3,60}?)\s*[,(]\s*(?:mrn|mr\s?#|medical record (?:number|no\.?|#))\s*[:#=]?\s*([A-Za-z]{0,4}-?\d[\w-]{2,19})/i;

/**
 * "Jane Doe (MRN 123456) was seen today", "Re: Jane DOE, MRN 123456": the sentence's subject and
 * their record number with no colon for readProse to split at. Read as prose is, then judged by
 * identityProse (the name's shape, a relative, a verb, a list item).
 */
export function nameThenMrn(text: string): RawPair[] | null {
  const m = NAME_THEN_MRN.exec(text);
  if (!m || RELATION.test(m[1] as string)) return null;
  return [
    { rule: SHAPE.name, raw: m[1] as string, how: 'sentence (the name, then its record number)' },
    { rule: SHAPE.mrn, raw: m[2] as string, how: 'sentence, record number' },
  ];
}

/** A value its label precedes: a <label>, a term or header cell, or a caption ending in a colon. */
function underLabel(el: Element): boolean {
  const prev = el.previousElementSibling;
  return !!prev && (/^(?:LABEL|DT|TH)$/.test(tagOf(prev)) || /:\s*$/.test(prev.textContent ?? '') || tagOf(el) === 'DD' || tagOf(el) === 'TD');
}
