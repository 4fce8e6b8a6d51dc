import { put, type ReadEnv, type Reading } from '../reading';
import { shortText } from '../parse/text';
import { readLine, tokensOf } from './line';

const words = (s: string) => (s.toLowerCase().match(/\p{L}+/gu) ?? []).sort().join(' ');

/**
 * Member and contact headers print the sex and age under the name with no label ("Male · 71 yrs ·
 * Medicare Advantage"): with no identifier on it, that line is no banner line. Of such lines, one is
 * the client's when it comes right after the element printing the client's name alone and its age
 * agrees with the birth date read (the line is read as if it printed that date); a care-team card's
 * "Male · 58 yrs · PCP" under another name never is. Puts the sex unless none or two disagree.
 */
export function sexUnderName(lines: Element[], reading: Reading, env: ReadEnv): void {
  const { name, dob } = reading.fields;
  const found = new Set<string>();
  for (const el of lines) {
    const above = el.previousElementSibling;
    if (!name || !dob || !above || words(shortText(above, 80) ?? '') !== words(name)) continue;
    const line = readLine([...tokensOf(el, (e) => env.vis.isVisible(e)), dob], env.today, env.dateOrder);
    const sex = line.pairs.find((p) => p.rule.field === 'sex');
    if (sex && line.ageConfirmed) found.add(sex.raw.toLowerCase());
  }
  if (found.size === 1) put(reading, 'sex', [...found][0] as string, 'line under the name', env);
}
