import { epochAtLocal } from '../../../../src/domain/time/dates';
import type { SuggestionInput } from '../../../../src/domain/suggestions/types';

/** One client on one Wednesday in New York: what every suggestion scenario starts from. */
export const TZ = 'America/New_York';
export const TODAY = '2026-05-20';
export const at = (date: string, hh = 12, mm = 0) => epochAtLocal(date, hh, mm, TZ);
export const reached = (date: string, hh = 10) => ({ at: at(date, hh), outcome: 'reached' as const, direction: 'outbound' as const, channel: 'call' as const });

export function input(over: Partial<SuggestionInput> = {}, client: Partial<SuggestionInput['client']> = {}): SuggestionInput {
  return {
    now: at(TODAY),
    timeZone: TZ,
    client: { name: 'Ada Quinn', cadence: { idealDays: 14, maxDays: 30 }, ...client },
    contacts: [reached('2026-05-19')],
    callbacks: [],
    painPoints: [],
    dispositions: [],
    ...over,
  };
}
