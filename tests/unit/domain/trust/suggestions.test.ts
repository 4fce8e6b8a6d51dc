import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, DAY_MS } from '../../../../src/domain/time/dates';
import { dateArg, dayCount, message } from '../../../../src/domain/text/message-keys';
import type { Disposition, SuggestionInput } from '../../../../src/domain/suggestions/types';
import { suggestions } from '../../../../src/domain/suggestions/suggestions';
import { at, input, reached, TODAY } from './suggestion-input';
import { loadHolidayCalendar } from '../../../../src/domain/time/holiday-calendar';

// Business days count holidays: the calendar the panel loads on demand is loaded first here too.
await loadHolidayCalendar();

const of = (i: SuggestionInput, ruleId: string) => suggestions(i).filter((s) => s.ruleId === ruleId);

describe('inpatient visit', () => {
  it('suggests dropping in while admitted and not discharged', () => {
    const [s] = of(input({ page: { location: '4 West, room 12' } }, { admitDate: '2026-05-18' }), 'inpatient-visit');
    expect(s).toMatchObject({ key: 'inpatient-visit:2026-05-18', title: message('suggestion_inpatient_visit_title_at', '4 West, room 12'), sourceId: 'rb101' });
    expect(s?.reason).toEqual(message('suggestion_inpatient_visit_reason', 'Ada Quinn', dateArg('2026-05-18'), '3'));
    expect(of(input({}, { admitDate: '2026-05-18' }), 'inpatient-visit')[0]?.title).toEqual(message('suggestion_inpatient_visit_title'));
  });

  it('counts a stay with a future expected discharge, or an old discharge from an earlier stay', () => {
    expect(of(input({}, { admitDate: '2026-05-18', dischargeDate: '2026-05-30' }), 'inpatient-visit')).toHaveLength(1);
    expect(of(input({}, { admitDate: '2026-05-18', dischargeDate: '2026-04-02', dischargeActual: true }), 'inpatient-visit')).toHaveLength(1);
  });

  it('stays quiet with no admission, a future admission or an actual discharge', () => {
    expect(of(input(), 'inpatient-visit')).toEqual([]);
    expect(of(input({}, { admitDate: '2026-05-25' }), 'inpatient-visit')).toEqual([]);
    expect(of(input({}, { admitDate: '2026-05-10', dischargeDate: '2026-05-20', dischargeActual: true }), 'inpatient-visit')).toEqual([]);
  });

  it('suggests calling the caregiver, and says why, where a drop-in visit is restricted', () => {
    for (const location of ['ICU, Bed 6', 'MICU 4', 'Intensive Care Unit', 'Isolation room 3', 'Critical care, bay 2']) {
      const [s] = of(input({ page: { location } }, { admitDate: '2026-05-18' }), 'inpatient-visit');
      expect(s?.title).toEqual(message('suggestion_inpatient_visit_title_caregiver'));
      expect(s?.reason).toEqual(message('suggestion_inpatient_visit_reason_restricted', 'Ada Quinn', location));
      expect(s?.channel).toBeUndefined();
    }
    const named = of(input({ page: { location: 'ICU' } }, { admitDate: '2026-05-18', preferences: { caregiver: { name: 'Maria' } } }), 'inpatient-visit');
    expect(named[0]?.title).toEqual(message('suggestion_inpatient_visit_title_caregiver_named', 'Maria'));
    // "Picu" inside another word is no unit: the drop-in stays.
    expect(of(input({ page: { location: 'Epicure wing' } }, { admitDate: '2026-05-18' }), 'inpatient-visit')[0]?.channel).toBe('visit');
  });

  it('an expected discharge date that has passed is not a discharge: the patient may still be there', () => {
    expect(of(input({}, { admitDate: '2026-05-10', dischargeDate: '2026-05-18' }), 'inpatient-visit')).toHaveLength(1);
  });

  it('takes the page over the stored record', () => {
    const i = input({ page: { admitDate: '2026-05-19' } }, { admitDate: '2026-03-01', dischargeDate: '2026-03-05', dischargeActual: true });
    expect(of(i, 'inpatient-visit')[0]?.key).toBe('inpatient-visit:2026-05-19');
  });
});

describe('discharge anticipation', () => {
  it('opens the discharge checklist when discharge is expected within 72 hours', () => {
    const [s] = of(input({ page: { dischargeDate: '2026-05-22', dischargeActual: false } }, { admitDate: '2026-05-15' }), 'discharge-prep');
    expect(s).toMatchObject({ key: 'discharge-prep:2026-05-22', action: 'open-discharge-checklist', sourceId: 'ahrq-red', due: '2026-05-22' });
    expect(s?.reason).toEqual(message('suggestion_discharge_prep_reason', dateArg('2026-05-22'), dayCount(2)));
  });

  it('is silent four days out, and once the discharge is actual', () => {
    expect(of(input({}, { dischargeDate: '2026-05-24' }), 'discharge-prep')).toEqual([]);
    expect(of(input({}, { dischargeDate: '2026-05-19' }), 'discharge-prep')).toEqual([]);
    expect(of(input({}, { dischargeDate: '2026-05-20', dischargeActual: true }), 'discharge-prep')).toEqual([]);
  });

  it('is most urgent on the expected day itself: the patient is still on the unit', () => {
    const [s] = of(input({}, { dischargeDate: '2026-05-20' }), 'discharge-prep');
    expect(s?.reason).toEqual(message('suggestion_discharge_prep_reason_today'));
    expect(s?.urgency).toBeGreaterThan(of(input({}, { dischargeDate: '2026-05-21' }), 'discharge-prep')[0]!.urgency);
  });
});

describe('TCM interactive contact', () => {
  const discharged = { admitDate: '2026-05-10', dischargeDate: '2026-05-15', dischargeActual: true }; // a Friday
  const before = [reached('2026-05-14')];

  it('asks for the contact with its due date, 2 business days after discharge', () => {
    const [s] = of(input({ now: at('2026-05-18'), contacts: before }, discharged), 'tcm-contact');
    expect(s).toMatchObject({ key: 'tcm-contact:2026-05-15', due: '2026-05-19', sourceId: 'cms-tcm', urgency: 85 });
    expect(of(input({ now: at('2026-05-19'), contacts: before }, discharged), 'tcm-contact')[0]?.urgency).toBe(95);
    expect(s?.reason).toEqual(message('suggestion_tcm_contact_reason_open', dateArg('2026-05-15'), dateArg('2026-05-19')));
    expect(of(input({ now: at('2026-05-19'), contacts: before }, discharged), 'tcm-contact')[0]?.reason).toEqual(message('suggestion_tcm_contact_reason_due_today', dateArg('2026-05-15')));
    expect(of(input({ now: at('2026-05-20'), contacts: before }, discharged), 'tcm-contact')[0]?.reason).toEqual(message('suggestion_tcm_contact_reason_overdue', dateArg('2026-05-15'), dateArg('2026-05-19')));
  });

  it('disappears once a successful contact is made, and after the 30-day period', () => {
    expect(of(input({ now: at('2026-05-18'), contacts: [reached('2026-05-18')] }, discharged), 'tcm-contact')).toEqual([]);
    expect(of(input({ now: at('2026-06-14'), contacts: before }, discharged), 'tcm-contact')).toEqual([]);
  });

  it('never starts on an expected discharge date', () => {
    expect(of(input({ contacts: before }, { dischargeDate: '2026-05-22', dischargeActual: false }), 'tcm-contact')).toEqual([]);
  });
});

describe('unexpected check-in', () => {
  it('appears after half the ideal interval without a success, with the best time', () => {
    const [s] = of(input({ contacts: [reached('2026-05-13')] }, { preferences: { bestTimeStart: '16:00', bestTimeEnd: '18:00' } }), 'check-in');
    expect(s).toMatchObject({ key: 'check-in:2026-05-20', action: 'log-contact' });
    const last = message('suggestion_check_in_last', dayCount(7), dayCount(14));
    const when = message('bestTimeBetween', message('bestTimeVerb_call'), '4', message('clockPm', '6'));
    expect(s?.reason).toEqual(message('suggestion_check_in_reason_best_time', last, when));
  });

  it('is silent within half the interval, and speaks up when never reached', () => {
    expect(of(input({ contacts: [reached('2026-05-14')] }), 'check-in')).toEqual([]);
    const failed = { ...reached('2026-05-19'), outcome: 'voicemail' as const };
    expect(of(input({ contacts: [failed] }), 'check-in')[0]?.reason).toEqual(message('suggestion_check_in_reason', message('suggestion_check_in_never')));
  });
});

describe('birthday', () => {
  it('shows a birthday in the coming week, and on the day itself', () => {
    expect(of(input({}, { dob: '1950-05-23' }), 'birthday')[0]).toMatchObject({
      key: 'birthday:2026-05-23',
      title: message('suggestion_birthday_title', dateArg('2026-05-23')),
      reason: message('suggestion_birthday_reason', 'Ada Quinn', dayCount(3)),
    });
    expect(of(input({}, { dob: '1950-05-20' }), 'birthday')[0]).toMatchObject({
      title: message('suggestion_birthday_title_today'),
      reason: message('suggestion_birthday_reason_today', 'Ada Quinn'),
    });
    expect(of(input({}, { dob: '1950-05-26' }), 'birthday')).toHaveLength(1);
  });

  it('is silent for a birthday just past, 7 days out, or a malformed date', () => {
    expect(of(input({}, { dob: '1950-05-19' }), 'birthday')).toEqual([]);
    expect(of(input({}, { dob: '1950-05-27' }), 'birthday')).toEqual([]);
    expect(of(input({}, { dob: '1950-13-01' }), 'birthday')).toEqual([]);
  });

  it('handles 29 February and the turn of the year', () => {
    expect(of(input({ now: at('2027-02-25') }, { dob: '1952-02-29' }), 'birthday')[0]?.key).toBe('birthday:2027-02-28');
    expect(of(input({ now: at('2028-02-28') }, { dob: '1952-02-29' }), 'birthday')[0]?.key).toBe('birthday:2028-02-29');
    expect(of(input({ now: at('2026-12-29') }, { dob: '1940-01-02' }), 'birthday')[0]?.key).toBe('birthday:2027-01-02');
  });

  it('uses the local calendar date late in the evening', () => {
    expect(of(input({ now: at('2026-05-16', 23, 30) }, { dob: '1950-05-22' }), 'birthday')).toHaveLength(1);
    expect(of(input({ now: at('2026-05-16', 23, 30) }, { dob: '1950-05-23' }), 'birthday')).toEqual([]);
  });
});

describe('stale pain point', () => {
  const point = (days: number, status: 'open' | 'relieved' = 'open') => ({ id: 'p1', text: 'Pharmacy keeps losing the refill', status, openedAt: at(TODAY) - days * DAY_MS });

  it('suggests following up on a pain point open for more than 7 days', () => {
    expect(of(input({ painPoints: [point(10)] }), 'pain-point-stale')[0]).toMatchObject({
      key: 'pain-point-stale:p1',
      action: 'open-pain-points',
      reason: message('suggestion_pain_point_stale_reason', 'Pharmacy keeps losing the refill', dayCount(10)),
    });
  });

  it('ignores recent and relieved pain points', () => {
    expect(of(input({ painPoints: [point(5), { ...point(20, 'relieved'), id: 'p2' }] }), 'pain-point-stale')).toEqual([]);
  });
});

describe('callback about to be late', () => {
  const cb = (dueAt: number, status: 'open' | 'done' = 'open') => ({ id: `cb-${dueAt}`, dueAt, status });
  const now = at(TODAY, 16, 30);

  it('flags callbacks due today or within the next 2 business hours', () => {
    const due = [cb(at(TODAY, 17, 30)), cb(at(TODAY, 20)), cb(at('2026-05-21', 10, 15))];
    const s = of(input({ now, callbacks: due }), 'callback-due-soon');
    expect(s.map((x) => x.key).sort()).toEqual(due.map((c) => `callback-due-soon:${c.id}`).sort());
    expect(s.find((x) => x.key.endsWith(String(at(TODAY, 17, 30))))?.reason).toEqual(message('suggestion_callback_due_soon_reason_today', '5:30 PM'));
    expect(s.find((x) => x.key.endsWith(String(at('2026-05-21', 10, 15))))?.reason).toEqual(message('suggestion_callback_due_soon_reason', dateArg('2026-05-21'), '10:15 AM'));
  });

  it("writes the time the way the browser's language does", () => {
    const [british] = of(input({ now, callbacks: [cb(at(TODAY, 17, 30))], locale: 'en-GB' }), 'callback-due-soon');
    expect(british?.reason).toEqual(message('suggestion_callback_due_soon_reason_today', '17:30'));
  });

  it('ignores later, overdue and done callbacks', () => {
    expect(of(input({ now, callbacks: [cb(at('2026-05-21', 11)), cb(at(TODAY, 16)), cb(at(TODAY, 17), 'done')] }), 'callback-due-soon')).toEqual([]);
  });
});

describe('dispositions and order', () => {
  const busy = input(
    { contacts: [reached('2026-05-01')], painPoints: [{ id: 'p1', text: 'Bills', status: 'open', openedAt: at('2026-05-01') }] },
    { admitDate: '2026-05-18', dob: '1950-05-22' },
  );
  const dispo = (ruleId: string, key: string, action: Disposition['action'], extra: Partial<Disposition> = {}): Disposition => ({
    ruleId, key, action, at: at(TODAY, 9), ...extra,
  });

  it('sorts by urgency, highest first', () => {
    const list = suggestions(busy);
    expect(list.map((s) => s.ruleId)).toEqual(['pain-point-stale', 'inpatient-visit', 'birthday', 'check-in']);
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.urgency).toBeGreaterThanOrEqual(list[i]!.urgency);
  });

  it('never shows a done or dismissed key again', () => {
    const list = suggestions({ ...busy, dispositions: [dispo('inpatient-visit', 'inpatient-visit:2026-05-18', 'done'), dispo('birthday', 'birthday:2026-05-22', 'dismissed')] });
    expect(list.map((s) => s.ruleId)).toEqual(['pain-point-stale', 'check-in']);
    const tomorrow = suggestions({ ...busy, now: at('2026-05-21'), dispositions: [dispo('inpatient-visit', 'inpatient-visit:2026-05-18', 'done')] });
    expect(tomorrow.map((s) => s.ruleId)).not.toContain('inpatient-visit');
  });

  it('lets a dismissed daily check-in come back the next day under a new key', () => {
    const dispositions = [dispo('check-in', 'check-in:2026-05-20', 'dismissed')];
    expect(of({ ...busy, dispositions }, 'check-in')).toEqual([]);
    expect(of({ ...busy, dispositions, now: at('2026-05-21') }, 'check-in')[0]?.key).toBe('check-in:2026-05-21');
  });

  it('hides a snoozed key until the snooze ends, or until tomorrow without an end', () => {
    const until = dispo('pain-point-stale', 'pain-point-stale:p1', 'snoozed', { until: at(TODAY, 15) });
    expect(of({ ...busy, dispositions: [until] }, 'pain-point-stale')).toEqual([]);
    expect(of({ ...busy, dispositions: [until], now: at(TODAY, 15) }, 'pain-point-stale')).toHaveLength(1);
    const open = dispo('pain-point-stale', 'pain-point-stale:p1', 'snoozed');
    expect(of({ ...busy, dispositions: [open], now: at(TODAY, 23, 59) }, 'pain-point-stale')).toEqual([]);
    expect(of({ ...busy, dispositions: [open], now: at('2026-05-21', 0, 0) }, 'pain-point-stale')).toHaveLength(1);
  });

  it('matches dispositions on rule and key together', () => {
    expect(of({ ...busy, dispositions: [dispo('birthday', 'pain-point-stale:p1', 'dismissed')] }, 'pain-point-stale')).toHaveLength(1);
  });
});

describe('engine on random input', () => {
  const zone = fc.constantFrom('America/New_York', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC', 'Australia/Lord_Howe');
  const dateish = fc.oneof(
    fc.integer({ min: -400, max: 400 }).map((n) => addDays('2026-05-20', n)),
    fc.constantFrom('1952-02-29', '2026-02-30', 'garbage', ''),
  );
  const now = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2032, 0, 1) });
  const arb = fc.record({
    now,
    timeZone: zone,
    client: fc.record(
      {
        name: fc.string(),
        dob: dateish,
        admitDate: dateish,
        dischargeDate: dateish,
        dischargeActual: fc.boolean(),
        preferences: fc.record({ bestTimeStart: fc.constantFrom('16:00', '9:00', '07:30'), bestTimeEnd: fc.constantFrom('18:00', 'x') }, { requiredKeys: [] }),
        cadence: fc.record({ idealDays: fc.integer({ min: 1, max: 60 }), maxDays: fc.integer({ min: 1, max: 120 }) }),
      },
      { requiredKeys: ['name', 'cadence'] },
    ),
    contacts: fc.array(fc.record({ at: now, outcome: fc.constantFrom('reached', 'voicemail', 'no-answer', 'message-sent' as const), direction: fc.constant('outbound'), channel: fc.constant('call') }), { maxLength: 5 }),
    callbacks: fc.array(fc.record({ id: fc.string(), dueAt: now, status: fc.constantFrom('open', 'done' as const) }, { requiredKeys: ['dueAt', 'status'] }), { maxLength: 5 }),
    painPoints: fc.array(fc.record({ id: fc.string(), text: fc.string(), status: fc.constantFrom('open', 'relieved' as const), openedAt: now }), { maxLength: 3 }),
    page: fc.option(fc.record({ location: fc.string(), admitDate: dateish, dischargeDate: dateish, dischargeActual: fc.boolean() }, { requiredKeys: [] }), { nil: undefined }),
    dispositions: fc.array(
      fc.record({ ruleId: fc.constantFrom('check-in', 'birthday'), key: fc.string(), action: fc.constantFrom('done', 'snoozed', 'dismissed' as const), at: now, until: fc.option(now, { nil: undefined }) }),
      { maxLength: 3 },
    ),
  });

  it('never throws and returns sorted, well-formed suggestions', () => {
    fc.assert(
      fc.property(arb, (i) => {
        const list = suggestions(i as SuggestionInput);
        for (let k = 1; k < list.length; k++) expect(list[k - 1]!.urgency).toBeGreaterThanOrEqual(list[k]!.urgency);
        for (const s of list) {
          expect(Number.isFinite(s.urgency)).toBe(true);
          expect(s.key.startsWith(`${s.ruleId}:`)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
