import { describe, expect, it } from 'vitest';
import { epochAtLocal } from '../../../../src/domain/time/dates';
import { timeline } from '../../../../src/domain/contacts/timeline';

const TZ = 'America/Chicago';
const at = (date: string, hh: number) => epochAtLocal(date, hh, 0, TZ);

describe('timeline', () => {
  const base = { now: at('2026-03-10', 12), timeZone: TZ, contacts: [], callbacks: [] };

  it('has one bucket per local day, oldest first, ending today, across DST', () => {
    const days = timeline(base, 5);
    expect(days.map((d) => d.date)).toEqual(['2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10']);
    expect(timeline(base)).toHaveLength(90);
    expect(() => timeline(base, 0)).toThrow(RangeError);
  });

  it('buckets contacts and callbacks by local date', () => {
    const days = timeline({
      ...base,
      contacts: [
        { at: at('2026-03-09', 23), outcome: 'reached', direction: 'outbound', channel: 'call' },
        { at: at('2026-03-09', 9), outcome: 'voicemail', direction: 'outbound', channel: 'call' },
        { at: at('2026-01-01', 9), outcome: 'reached', direction: 'outbound', channel: 'call' },
      ],
      callbacks: [
        { dueAt: at('2026-03-08', 10), status: 'done', doneAt: at('2026-03-09', 8) },
        { dueAt: at('2026-03-09', 10), status: 'open' },
        { dueAt: at('2026-03-11', 10), status: 'open' },
      ],
    }, 3);
    expect(days).toEqual([
      { date: '2026-03-08', contacts: 0, successful: 0, callbacksDue: 1, callbacksDone: 0, callbacksMissed: 0, admitted: false, discharged: false },
      { date: '2026-03-09', contacts: 2, successful: 1, callbacksDue: 1, callbacksDone: 1, callbacksMissed: 1, admitted: false, discharged: false },
      { date: '2026-03-10', contacts: 0, successful: 0, callbacksDue: 0, callbacksDone: 0, callbacksMissed: 0, admitted: false, discharged: false },
    ]);
  });

  it('marks the stay, counting a future expected discharge as still admitted', () => {
    const flags = (admitDate?: string, dischargeDate?: string) =>
      timeline({ ...base, admitDate, dischargeDate }, 4).map((d) => `${d.admitted ? 'A' : '-'}${d.discharged ? 'D' : '-'}`).join(' ');
    expect(flags('2026-03-08', '2026-03-09')).toBe('-- A- AD --');
    expect(flags('2026-03-08', '2026-03-20')).toBe('-- A- A- A-');
    expect(flags('2026-03-08', '2026-02-01')).toBe('-- A- A- A-');
  });
});
