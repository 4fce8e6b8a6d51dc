import { describe, expect, it } from 'vitest';
import { autoTicks } from '../../../../src/domain/checklists/auto-ticks';
import { epochAtLocal, DAY_MS } from '../../../../src/domain/time/dates';
import { message } from '../../../../src/domain/text/message-keys';
import { stalePainPoints } from '../../../../src/domain/contacts/pain-points';
import { bestTimePhrase, parseHhMm } from '../../../../src/domain/contacts/preferences';
import { onTimeShare } from '../../../../src/domain/contacts/promises';

const TZ = 'America/New_York';
const NOW = epochAtLocal('2026-05-20', 12, 0, TZ);
const cb = (dueDaysAgo: number, doneDaysAgo?: number) => ({
  createdAt: NOW - (dueDaysAgo + 1) * DAY_MS,
  dueAt: NOW - dueDaysAgo * DAY_MS,
  status: doneDaysAgo === undefined ? ('open' as const) : ('done' as const),
  doneAt: doneDaysAgo === undefined ? undefined : NOW - doneDaysAgo * DAY_MS,
});
const contact = (daysAgo: number, tags: string[], outcome: 'reached' | 'voicemail' = 'reached') => ({
  at: NOW - daysAgo * DAY_MS,
  outcome,
  tags,
  direction: 'outbound' as const,
  channel: 'call' as const,
});

describe('onTimeShare', () => {
  it('is undefined with nothing to judge', () => {
    expect(onTimeShare([], NOW, 30)).toEqual({ onTime: 0, late: 0, stillOpenOverdue: 0 });
    expect(onTimeShare([cb(-1)], NOW, 30).share).toBeUndefined();
  });

  it('counts on time, late, and every still-open overdue callback', () => {
    const s = onTimeShare([cb(5, 6), cb(5, 5), cb(5, 4), cb(40), cb(40, 41), cb(-2)], NOW, 30);
    expect(s).toEqual({ onTime: 2, late: 1, stillOpenOverdue: 1, share: 0.5 });
  });
});

describe('autoTicks', () => {
  const base = { now: NOW, timeZone: TZ, callbacks: [], contacts: [] };

  it('ticks nothing from an empty record', () => {
    expect(autoTicks(base).size).toBe(0);
  });

  it('ticks prompt callbacks only when every one in the window was on time', () => {
    const ok = autoTicks({ ...base, callbacks: [cb(3, 4), cb(10, 10)] });
    expect(ok.get('trust.respect.callbacks-on-time')).toEqual({ at: NOW - 3 * DAY_MS - DAY_MS, reason: message('autoTick_callbacks_on_time', '2', '30') });
    expect(autoTicks({ ...base, callbacks: [cb(3, 4), cb(10, 9)] }).has('trust.respect.callbacks-on-time')).toBe(false);
    expect(autoTicks({ ...base, callbacks: [cb(3, 4), cb(1)] }).has('trust.respect.callbacks-on-time')).toBe(false);
    expect(autoTicks({ ...base, callbacks: [cb(40, 41)] }).has('trust.respect.callbacks-on-time')).toBe(false);
  });

  it('ticks acts from tagged contacts within the window, latest first', () => {
    const t = autoTicks({
      ...base,
      contacts: [contact(2, ['extra-mile'], 'voicemail'), contact(9, ['extra-mile']), contact(3, ['teach-back'], 'voicemail'), contact(31, ['hospital-visit'])],
    });
    expect(t.get('trust.more.unexpected-call')).toEqual({ at: NOW - 2 * DAY_MS, reason: message('autoTick_tagged_contact', '2026-05-18', message('tag_extra_mile')) });
    expect(t.has('trust.share.teach-back')).toBe(false);
    expect(t.has('trust.more.hospital-visit')).toBe(false);
    const visit = autoTicks({ ...base, contacts: [contact(31, ['hospital-visit'])], windowDays: 45 });
    expect(visit.has('trust.more.hospital-visit')).toBe(true);
  });

  it('ticks a relieved pain point', () => {
    const painPoints = [{ status: 'relieved' as const, relievedAt: NOW - DAY_MS }, { status: 'open' as const }];
    expect(autoTicks({ ...base, painPoints }).get('trust.pain.relieved')?.reason).toEqual(message('autoTick_pain_relieved', '2026-05-19'));
  });
});

describe('preferences', () => {
  it('parses only 24-hour HH:MM', () => {
    expect(parseHhMm('16:30')).toBe(990);
    expect([parseHhMm('4pm'), parseHhMm('24:00'), parseHhMm(undefined)]).toEqual([undefined, undefined, undefined]);
  });

  it('phrases the best time to reach the client, with the meridiem once when both ends share it', () => {
    const call = message('bestTimeVerb_call');
    const am = (time: string) => message('clockAm', time);
    const pm = (time: string) => message('clockPm', time);
    expect(bestTimePhrase({ bestTimeStart: '16:00', bestTimeEnd: '18:00' })).toEqual(message('bestTimeBetween', call, '4', pm('6')));
    expect(bestTimePhrase({ bestTimeStart: '11:00', bestTimeEnd: '13:30' })).toEqual(message('bestTimeBetween', call, am('11'), pm('1:30')));
    expect(bestTimePhrase({ bestTimeStart: '00:00', bestTimeEnd: '12:00' })).toEqual(message('bestTimeBetween', call, am('12'), pm('12')));
    expect(bestTimePhrase({ preferredChannel: 'text', bestTimeStart: '17:30' })).toEqual(message('bestTimeAfter', message('bestTimeVerb_text'), pm('5:30')));
    expect(bestTimePhrase({ preferredChannel: 'video', bestTimeEnd: '10:00' })).toEqual(message('bestTimeBefore', call, am('10')));
    expect(bestTimePhrase({ language: 'es' })).toBeUndefined();
    expect(bestTimePhrase(undefined)).toBeUndefined();
  });
});

describe('stalePainPoints', () => {
  it('returns open points older than the limit, oldest first', () => {
    const p = (id: string, days: number, status: 'open' | 'relieved' = 'open') => ({ id, text: id, status, openedAt: NOW - days * DAY_MS });
    const points = [p('a', 8), p('b', 7), p('c', 20), p('d', 30, 'relieved')];
    expect(stalePainPoints(points, NOW).map((x) => x.id)).toEqual(['c', 'a']);
    expect(stalePainPoints(points, NOW, 3).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
});
