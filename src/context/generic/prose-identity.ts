import type { RawPair } from './line';
import { SHAPE } from './labels';

const MRN_IN_PROSE = /\b(?:mrn|mr\s?#|medical record (?:number|no\.?|#))\s*[:#=]?\s*([A-Za-z]{0,4}-?\d[\w-]{2,19})/i;
/** What opens a message or a note's sentence before the name: "Re:", "Regarding" (dropped), "Saw", "Called" (not a name: nothing is read). */
const OPENER = /^(?:re:?|regarding|subject:?)\s+/i;
const VERB = /^(?:saw|seen|met|called|spoke|visited|reviewed|discussed|contacted|examined|per|today|with|for|from|to|by|pt|note|plan)\b/i;

/**
 * A sentence that names a person and gives both their record number and birth date ("Jane Doe (MRN
 * 123456, DOB 01/05/1950) was seen today", "Re: Jane DOE, DOB …, MRN …") identifies a client outside
 * a document's header too: a note's opening line, a message, a task. The name must open the sentence
 * in two to four capitalised words ("Jane Marie Doe is a 76-year-old female …" reads up to "is").
 * Never in navigation, a list item or a link, where apps print the other patients a user opened.
 */
export function identityProse(prose: RawPair[], text: string, el: Element): RawPair[] | null {
  if (el.closest('a, li, nav, aside, [role="navigation"]')) return null;
  const out = prose.map((p) => (p.rule.field === 'name' ? { ...p, raw: p.raw.replace(OPENER, '').split(/\s+(?:is|was|has|had|presents|presented)\s/)[0] as string } : p));
  const id = !out.some((p) => p.rule.field === 'mrn') && MRN_IN_PROSE.exec(text);
  if (id) out.push({ rule: SHAPE.mrn, raw: id[1] as string, how: 'sentence, record number' });
  const name = out.find((p) => p.rule.field === 'name')?.raw.trim() ?? '';
  return /^\p{Lu}\S*(?: \p{Lu}\S*){1,3}$/u.test(name) && !VERB.test(name) && out.some((p) => p.rule.field === 'mrn') && out.some((p) => p.rule.field === 'dob') ? out : null;
}
