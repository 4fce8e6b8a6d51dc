import { beforeAll, describe, expect, test } from 'vitest';
import { HANDOFF_SUMMARY_URL, handoffComposition, handoffProvenance, readHandoff, type HandoffContext } from '../../../src/domain/fhir/handoff';
import type { Handoff } from '../../../src/domain/team/handoff';
import { loadR4Schema, SCHEMA_COMPILE_TIMEOUT_MS, type R4Schema } from './r4-schema';
import { DAY_MS } from '../../../src/domain/time/dates';

/** A handoff summary as a Composition with its Provenance: valid R4, and read back as the colleague's note. */
const NOW = Date.UTC(2026, 2, 4, 18, 0);
const handoff: Handoff = {
  clientId: 'ada',
  name: 'Ada Quinn',
  reach: { phone: '555-0100', preferredChannel: 'text', bestTimeStart: '16:00', bestTimeEnd: '18:00', caregiver: { name: 'Ben Quinn', relation: 'son', phone: '555-0199' } },
  lastContact: { at: NOW - 2 * DAY_MS, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Worried <b>about</b> rides & "the bill"' },
  callbacksOwed: [{ dueAt: NOW - DAY_MS, overdue: true, reason: 'ride to clinic' }],
  painPoints: [],
  stay: { inpatient: false, actualDischarge: '2026-03-02' },
  tcm: { dischargeDate: '2026-03-02', interactiveContactDue: '2026-03-04', faceToFaceDue: '2026-03-16', interactiveContact: 'due-today', faceToFace: 'open', medicationReconciliation: 'open', inPeriod: true },
  nextAction: { ruleId: 'tcm-contact', key: 'tcm-contact:2026-03-02', urgency: 90, due: '2026-03-04' },
};
const context: HandoffContext = {
  patientId: 'p-ada',
  user: { member: 'Practitioner/erin', display: 'Erin Eze' },
  to: { member: 'Practitioner/finn', display: 'Finn Ford' },
  start: NOW + DAY_MS,
  end: NOW + 8 * DAY_MS,
  now: NOW,
  timeZone: 'America/Chicago',
};
const json = <T>(resource: T) => JSON.parse(JSON.stringify(resource)) as Record<string, unknown> & { resourceType: string };

let r4: R4Schema;
beforeAll(() => {
  r4 = loadR4Schema();
}, SCHEMA_COMPILE_TIMEOUT_MS);

describe('handoff ↔ Composition + Provenance', () => {
  test('the Composition and its Provenance are valid R4', () => {
    const composition = json(handoffComposition(handoff, context));
    expect(r4.errorsOf(composition)).toEqual([]);
    expect(r4.errorsOf(json(handoffProvenance('Composition/abc', context.user, NOW)))).toEqual([]);
    expect(composition).toMatchObject({ subject: { reference: 'Patient/p-ada' }, author: [{ reference: 'Practitioner/erin' }], identifier: { value: `p-ada/Practitioner/finn/${context.start}-${context.end}` } });
  });

  test('read back: addressed to the colleague for the cover, one section per part, the note intact (markup escaped, not run)', () => {
    const note = readHandoff({ ...json(handoffComposition(handoff, context)), id: 'c1' });
    expect(note).toMatchObject({ serverId: 'c1', patientId: 'p-ada', from: 'Practitioner/erin', fromDisplay: 'Erin Eze', to: 'Practitioner/finn', start: context.start, end: context.end, writtenAt: NOW });
    const sections = Object.fromEntries(note!.sections.map((section) => [section.code, section.lines]));
    expect(Object.keys(sections)).toEqual(['reach', 'last-contact', 'callbacks', 'pain-points', 'discharge', 'next-action']);
    expect(sections.reach).toEqual(['Phone: 555-0100', 'Prefers: text', 'Best time: 16:00–18:00', 'Caregiver: Ben Quinn (son), 555-0199']);
    expect(sections['last-contact']).toEqual(['Mar 2, 2026, 12:00 PM: outbound call, reached', 'Worried <b>about</b> rides & "the bill"']);
    expect(sections.callbacks).toEqual(['Overdue since Mar 3, 2026, 12:00 PM: ride to clinic']);
    expect(sections['pain-points']).toEqual([]);
    expect(sections.discharge).toEqual(['Discharged 2026-03-02; TCM contact due 2026-03-04 (due-today); face-to-face due 2026-03-16 (open)']);
    expect(sections['next-action']).toEqual(['Make the TCM interactive contact by 2026-03-04']);
    const overdue = readHandoff({ ...json(handoffComposition({ ...handoff, nextAction: { ruleId: 'callback-overdue', key: 'callback-overdue:k1', urgency: 101, dueAt: NOW - DAY_MS, reason: 'ride to clinic' } }, context)), id: 'c2' });
    expect(overdue?.sections.find((section) => section.code === 'next-action')?.lines).toEqual(['Return the callback overdue since Mar 3, 2026, 12:00 PM: ride to clinic']);
  });

  test("read back as data: the client's name and every date as an instant or a day, for the reader's panel to format in its own locale and zone", () => {
    const note = readHandoff({ ...json(handoffComposition(handoff, context)), id: 'c1' });
    const { clientId: _client, name: _name, ...summary } = handoff;
    expect(note?.clientName).toBe('Ada Quinn');
    expect(note?.summary).toEqual(summary);
    expect(note?.summary?.callbacksOwed[0]?.dueAt).toBe(NOW - DAY_MS);
    expect(note?.summary?.stay.actualDischarge).toBe('2026-03-02');
  });

  test('a summary written before the data travelled, or with damaged data, still reads: the narrative words, no data', () => {
    const composition = { ...json(handoffComposition(handoff, context)), id: 'c1' };
    const extensions = (composition as unknown as { extension: { url: string }[] }).extension;
    const older = { ...composition, extension: extensions.filter((extension) => extension.url !== HANDOFF_SUMMARY_URL) };
    const damaged = (data: string) => ({ ...composition, extension: extensions.map((extension) => (extension.url === HANDOFF_SUMMARY_URL ? { ...extension, valueAttachment: { contentType: 'application/json', data } } : extension)) });
    const notJson = btoa('{"reach":');
    const wrongShape = btoa(JSON.stringify({ ...handoff, stay: { inpatient: 'yes' } }));
    for (const resource of [older, damaged(notJson), damaged(wrongShape), damaged('***')]) {
      const note = readHandoff(resource);
      expect(note?.summary).toBeUndefined();
      expect(note?.clientName).toBe('Ada Quinn');
      expect(note?.sections.find((section) => section.code === 'callbacks')?.lines).toEqual(['Overdue since Mar 3, 2026, 12:00 PM: ride to clinic']);
    }
  });

  test('not a live Rapport handoff: retired, another document type, or addressed to no one', () => {
    const composition = { ...json(handoffComposition(handoff, context)), id: 'c1' };
    expect(readHandoff({ ...composition, status: 'entered-in-error' })).toBeUndefined();
    expect(readHandoff({ ...composition, type: { coding: [{ system: 'http://loinc.org', code: '18761-7' }] } })).toBeUndefined();
    expect(readHandoff({ ...composition, extension: [] })).toBeUndefined();
  });
});
