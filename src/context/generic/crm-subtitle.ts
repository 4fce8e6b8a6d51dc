import { put, type ReadEnv, type Reading } from '../reading';
import { shortText } from '../parse/text';
import { readLine, tokensOf } from './line';

const words = (s: string) => (s.toLowerCase().match(/\p{L}+/gu) ?? []).sort().join(' ');
/** '"Win"', '(Win)': the name a client goes by, printed in quotes or brackets between the name and what follows it. */
const USED_NAME = /^["'“‘(]\s*\p{L}[\p{L}' -]{0,20}\s*["'”’)]$/u;
/**
 * 'Patient · 71 Years · Female', 'Contact • Male • 58': CRM cards (Health Cloud's patient card, person accounts) lead
 * the subtitle with the record's type. It is no value of the line: read as one, it took the age's place.
 */
const RECORD_KIND = /^(?:patient|contact|member|client|resident|customer|person(?: account)?)$/i;

/**
 * Member and contact headers print the sex and age under the name with no label ("Male · 71 yrs ·
 * Medicare Advantage"): with no identifier on it, that line is no banner line. Of such lines, one is
 * the client's when it comes right after the element printing the client's name alone and its age
 * agrees with the birth date read (the line is read as if it printed that date); a care-team card's
 * "Male · 58 yrs · PCP" under another name never is. So does a line the name leads. Puts the sex unless none or two disagree.
 */
export function sexUnderName(lines: Element[], reading: Reading, env: ReadEnv): void {
  const { name, dob } = reading.fields;
  const found = new Set<string>();
  for (const el of lines) {
    const above = el.previousElementSibling;
    if (!name || !dob) continue;
    // Or the line is led by the name itself, a used name in quotes after it ("ABERNATHY-COLE, Winslow" "Win" 44yo M).
    const tokens = tokensOf(el, (e) => env.vis.isVisible(e)).filter((t) => !USED_NAME.test(t) && !RECORD_KIND.test(t));
    const led = words(tokens[0] ?? '') === words(name);
    if (!led && (!above || words(shortText(above, 80) ?? '') !== words(name))) continue;
    const line = readLine([...(led ? tokens.slice(1) : tokens), dob], env.today, env.dateOrder);
    const sex = line.pairs.find((p) => p.rule.field === 'sex');
    if (sex && line.ageConfirmed) found.add(sex.raw.toLowerCase());
  }
  if (found.size === 1) put(reading, 'sex', [...found][0] as string, 'line under the name', env);
}
