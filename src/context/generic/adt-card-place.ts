import { shortText } from '../parse/text';
import { RELATION } from './relation-words';

/**
 * An ADT event's card prints where the stay is with no label, as a line of chips right before the stay's own
 * sentence: the encounter's class, then the facility and the unit ("Inpatient admission · Mercy Harbor Hospital
 * · 7 West Medicine", then "Admitted 11/23 · Discharged 11/28"). The chips after the class are the place when
 * each is shaped like one (a facility's name, a unit, room or bed); never a person's, a date or a number alone.
 */
const ENCOUNTER_CLASS = /^(?:inpatient|observation|emergency|ed|er|acute|hospital|snf|skilled nursing|rehab|admission)(?: (?:admission|stay|encounter|visit))?$/i;
export const FACILITY = /\b(?:hospital|medical cent(?:er|re)|health (?:system|cent(?:er|re))|infirmary|rehab(?:ilitation)?|nursing (?:home|facility)|care cent(?:er|re)|snf|ltach?)\b/i;
export const UNIT = /^(?:\d{1,2} ?[a-z]? (?:west|east|north|south)\b|[\p{L} ]{0,20}\b(?:ward|unit|icu|ccu|micu|sicu|picu|nicu|pacu|med(?:ical)?[ -]surg|telemetry|floor)\b)|\b(?:room|rm\.?|bed) ?#? ?[\w-]{1,8}$/iu;
const CHIP = /^[\p{L}\d][\p{L}\d .,'’&/-]{1,40}$/u;

export function adtCardPlace(dated: Element, seen: (e: Element) => boolean): { value: string; el: Element } | null {
  const line = dated.previousElementSibling;
  if (!line || !seen(line)) return null;
  const chips = (shortText(line, 160) ?? '').split(/\s*[·|•]\s*/).filter(Boolean);
  if (chips.length < 2 || !ENCOUNTER_CLASS.test(chips[0] as string)) return null;
  const place = chips.slice(1);
  if (place.some((c) => !CHIP.test(c) || RELATION.test(c) || /\bdr\b|\d{4}|\d[/.-]\d/i.test(c) || !(FACILITY.test(c) || UNIT.test(c)))) return null;
  return { value: place.join(' · '), el: line };
}
