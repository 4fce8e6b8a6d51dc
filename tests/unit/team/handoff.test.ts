import { describe, expect, test } from 'vitest';
import { handoffOf, type HandoffInput } from '../../../src/domain/team/handoff';
import { handoffComposition, readHandoff } from '../../../src/domain/fhir/handoff';
import { defaultSettings } from '../../../src/domain/settings/settings';
import { loadHolidayCalendar } from '../../../src/domain/time/holiday-calendar';
import type { CallbackRecord, ClientRecord, ContactRecord, PainPointRecord } from '../../../src/model/records';
import { DAY_MS } from '../../../src/domain/time/dates';

await loadHolidayCalendar();

const ZONE = 'America/Chicago';
// Wednesday 4 March 2026, noon in Chicago.
const NOW = Date.UTC(2026, 2, 4, 18, 0);
const meta = (id: string, at: number) => ({ id, createdAt: at, updatedAt: at, rev: 1 });

const client = (extra: Partial<ClientRecord> = {}): ClientRecord =>
  ({ ...meta('ada', NOW - 90 * DAY_MS), name: 'Ada Quinn', identities: [], identityKeys: [], searchName: 'ada quinn', enrolledAt: NOW - 90 * DAY_MS, ...extra }) as ClientRecord;
const contact = (id: string, at: number, extra: Partial<ContactRecord> = {}): ContactRecord =>
  ({ ...meta(id, at), clientId: 'ada', at, channel: 'call', direction: 'outbound', outcome: 'reached', tags: [], ...extra }) as ContactRecord;
const callback = (id: string, dueAt: number, extra: Partial<CallbackRecord> = {}): CallbackRecord => ({ ...meta(id, dueAt - DAY_MS), clientId: 'ada', dueAt, status: 'open', ...extra }) as CallbackRecord;
const pain = (id: string, openedAt: number, extra: Partial<PainPointRecord> = {}): PainPointRecord =>
  ({ ...meta(id, openedAt), clientId: 'ada', text: `pain ${id}`, status: 'open', openedAt, ...extra }) as PainPointRecord;

const input = (over: Partial<HandoffInput> = {}): HandoffInput => ({
  client: client(),
  contacts: [],
  callbacks: [],
  painPoints: [],
  dispositions: [],
  settings: defaultSettings(ZONE),
  now: NOW,
  timeZone: ZONE,
  ...over,
});

describe('handoff summary', () => {
  test('how to reach them, the last contact with its note, callbacks owed soonest first, open pain points oldest first', () => {
    const summary = handoffOf(
      input({
        client: client({ phone: '555-0100', preferences: { preferredChannel: 'text', bestTimeStart: '16:00', bestTimeEnd: '18:00', language: 'Spanish' } }),
        contacts: [contact('c1', NOW - 9 * DAY_MS, { note: 'old' }), contact('c2', NOW - 2 * DAY_MS, { note: 'Asked about rides', outcome: 'voicemail' }), contact('c3', NOW - 5 * DAY_MS)],
        callbacks: [callback('k1', NOW + 2 * DAY_MS, { reason: 'ride to clinic' }), callback('k2', NOW - DAY_MS), callback('k3', NOW - 3 * DAY_MS, { status: 'done', doneAt: NOW - 3 * DAY_MS })],
        painPoints: [pain('p1', NOW - DAY_MS), pain('p2', NOW - 20 * DAY_MS, { rootCause: 'no car' }), pain('p3', NOW - 30 * DAY_MS, { status: 'relieved', relievedAt: NOW - DAY_MS })],
      }),
    );
    expect(summary.reach).toEqual({ phone: '555-0100', preferredChannel: 'text', bestTimeStart: '16:00', bestTimeEnd: '18:00', language: 'Spanish' });
    expect(summary.lastContact).toEqual({ at: NOW - 2 * DAY_MS, channel: 'call', direction: 'outbound', outcome: 'voicemail', note: 'Asked about rides' });
    expect(summary.callbacksOwed).toEqual([
      { dueAt: NOW - DAY_MS, overdue: true },
      { dueAt: NOW + 2 * DAY_MS, reason: 'ride to clinic', overdue: false },
    ]);
    expect(summary.painPoints).toEqual([
      { text: 'pain p2', rootCause: 'no car', openedAt: NOW - 20 * DAY_MS },
      { text: 'pain p1', openedAt: NOW - DAY_MS },
    ]);
    expect(summary.tcm).toBeUndefined();
    expect(summary.nextAction?.ruleId).toBeDefined();
  });

  test('two contacts logged with the same time: the one logged later is the last contact', () => {
    const minute = NOW - DAY_MS;
    const first = { ...contact('c1', minute, { note: 'first' }), createdAt: minute + 5_000 };
    const later = { ...contact('c2', minute, { note: 'logged later' }), createdAt: minute + 40_000 };
    for (const contacts of [[first, later], [later, first]]) expect(handoffOf(input({ contacts })).lastContact?.note).toBe('logged later');
  });

  test('a client never contacted: nothing to say about the last contact, and the next action is to reach them', () => {
    const summary = handoffOf(input());
    expect(summary.lastContact).toBeUndefined();
    expect(summary.reach).toEqual({});
    expect(summary.nextAction?.ruleId).toBe('check-in');
  });

  test('after a discharge, the TCM clock: the interactive contact owed two business days on, reached or not', () => {
    // Discharged Monday 2 March: the interactive contact is due Wednesday 4 March, today.
    const discharged = client({ admitDate: '2026-02-25', dischargeDate: '2026-03-02', dischargeActual: true });
    const owed = handoffOf(input({ client: discharged }));
    expect(owed.stay.actualDischarge).toBe('2026-03-02');
    expect(owed.tcm).toMatchObject({ dischargeDate: '2026-03-02', interactiveContactDue: '2026-03-04', interactiveContact: 'due-today', inPeriod: true });
    expect(owed.nextAction).toMatchObject({ ruleId: 'tcm-contact', due: '2026-03-04' });

    const reached = handoffOf(input({ client: discharged, contacts: [contact('c1', NOW - DAY_MS)] }));
    expect(reached.tcm?.interactiveContact).toBe('met');
    expect(reached.nextAction?.ruleId).not.toBe('tcm-contact');

    const longAgo = handoffOf(input({ client: client({ dischargeDate: '2026-01-02', dischargeActual: true }) }));
    expect(longAgo.tcm).toBeUndefined();
  });

  test('an overdue callback is the next best action, the most overdue first, ahead of a TCM contact due today; a snooze or a done callback does not hide it', () => {
    const discharged = client({ admitDate: '2026-02-25', dischargeDate: '2026-03-02', dischargeActual: true });
    const callbacks = [
      callback('k-soon', NOW + 3_600_000, { reason: 'due within the hour' }),
      callback('k-day', NOW - DAY_MS, { reason: 'pharmacy question' }),
      callback('k-week', NOW - 7 * DAY_MS, { reason: 'ride to dialysis' }),
      callback('k-done', NOW - 9 * DAY_MS, { status: 'done', doneAt: NOW - 8 * DAY_MS }),
    ];
    for (const order of [callbacks, [...callbacks].reverse()]) {
      expect(handoffOf(input({ client: discharged, callbacks: order })).nextAction).toEqual({
        ruleId: 'callback-overdue',
        key: 'callback-overdue:k-week',
        urgency: 101,
        dueAt: NOW - 7 * DAY_MS,
        reason: 'ride to dialysis',
      });
    }
    const dispositions = [{ ...meta('d1', NOW - 60_000), clientId: 'ada', ruleId: 'tcm-contact', key: 'tcm-contact:2026-03-02', action: 'snoozed', at: NOW - 60_000 }] as HandoffInput['dispositions'];
    expect(handoffOf(input({ client: discharged, callbacks, dispositions })).nextAction?.key).toBe('callback-overdue:k-week');

    // Once every overdue callback is returned, the suggestions decide again.
    const returned = callbacks.map((one) => (one.dueAt <= NOW ? { ...one, status: 'done' as const, doneAt: NOW - 60_000 } : one));
    expect(handoffOf(input({ client: discharged, callbacks: returned })).nextAction).toMatchObject({ ruleId: 'tcm-contact', due: '2026-03-04' });
  });

  test('every summary the rules build travels in its Composition as data and reads back whole (the schema takes every shape they make)', () => {
    const shapes = [
      input(),
      input({ client: client({ admitDate: '2026-02-25', dischargeDate: '2026-03-02', dischargeActual: true, phone: '555-0100', preferences: { caregiver: { name: 'Ben Quinn' } } }), callbacks: [callback('k1', NOW - DAY_MS, { reason: 'pharmacy' })] }),
      input({ client: client({ admitDate: '2026-03-01', dischargeDate: '2026-03-06' }), contacts: [contact('c1', NOW - DAY_MS, { note: 'in ward 4B' })], painPoints: [pain('p1', NOW - 3 * DAY_MS, { rootCause: 'no ride' })] }),
      input({ client: client({ admitDate: '2026-02-20', dischargeDate: '2026-03-02' }) }),
    ];
    for (const shape of shapes) {
      const { clientId: _id, name, ...summary } = handoffOf(shape);
      const context = { patientId: 'p-ada', user: { member: 'Practitioner/erin' }, to: { member: 'Practitioner/finn' }, start: NOW, end: NOW + 7 * DAY_MS, now: NOW, timeZone: ZONE };
      const note = readHandoff({ ...JSON.parse(JSON.stringify(handoffComposition(handoffOf(shape), context))), id: 'c1' });
      expect(note?.clientName).toBe(name);
      expect(note?.summary).toEqual(JSON.parse(JSON.stringify(summary)));
    }
  });
});
