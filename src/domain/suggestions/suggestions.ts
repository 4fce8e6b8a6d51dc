import { DEFAULT_SCHEDULE } from '../time/business-time';
import { addDays, calendarDateOf, startOfLocalDay } from '../time/dates';
import { SUGGESTION_RULES } from './rules';
import type { Disposition, RuleContext, Suggestion, SuggestionInput, SuggestionRule } from './types';

/**
 * Done or dismissed hides that key for good (keys carry a date or item id, so a new occurrence
 * gets a new key); snoozed hides it until `until`, or until the next local day.
 */
function hiddenBy(d: Disposition, now: number, timeZone: string): boolean {
  if (d.action !== 'snoozed') return true;
  const until = d.until ?? startOfLocalDay(addDays(calendarDateOf(d.at, timeZone), 1), timeZone);
  return now < until;
}

/** Highest urgency first; ties in a fixed order so the list never shuffles between renders. */
function compare(a: Suggestion, b: Suggestion): number {
  return b.urgency - a.urgency || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

export function suggestions(input: SuggestionInput, rules: readonly SuggestionRule[] = SUGGESTION_RULES): Suggestion[] {
  const ctx: RuleContext = {
    input,
    today: calendarDateOf(input.now, input.timeZone),
    schedule: input.schedule ?? { ...DEFAULT_SCHEDULE, timeZone: input.timeZone },
  };
  const hidden = new Set(
    input.dispositions.filter((d) => hiddenBy(d, input.now, input.timeZone)).map((d) => `${d.ruleId}\u0000${d.key}`),
  );
  return rules
    .flatMap((rule) => rule.evaluate(ctx))
    .filter((s) => !hidden.has(`${s.ruleId}\u0000${s.key}`))
    .sort(compare);
}
