import { beforeAll, describe, expect, test } from 'vitest';
import { changedStayFields, mergedStay, pulledStay, readStay, stayEncounter, stayStatus, type StayFields } from '../../../src/domain/fhir/stay';
import { loadR4Schema, SCHEMA_COMPILE_TIMEOUT_MS, type R4Schema } from './r4-schema';

/** A client's stay ⇄ its Encounter: valid R4 in every state, read back as written, merged field-wise. */
const subject = { reference: 'Patient/p1' };
const TODAY = '2026-03-01';
const json = (resource: unknown) => JSON.parse(JSON.stringify(resource)) as Record<string, unknown> & { resourceType: string };

let r4: R4Schema;
beforeAll(() => {
  r4 = loadR4Schema();
}, SCHEMA_COMPILE_TIMEOUT_MS);

describe('stay ↔ Encounter', () => {
  const stays: [string, StayFields, string][] = [
    ['admitted in the past, discharge expected', { admitDate: '2026-02-27', dischargeDate: '2026-03-05', dischargeActual: false }, 'in-progress'],
    ['admitted today', { admitDate: TODAY }, 'in-progress'],
    ['an admission booked for tomorrow', { admitDate: '2026-03-02', dischargeDate: '2026-03-06', dischargeActual: false }, 'planned'],
    ['discharged', { admitDate: '2026-02-27', dischargeDate: '2026-02-28', dischargeActual: true }, 'finished'],
    ['discharged today', { admitDate: '2026-02-27', dischargeDate: TODAY, dischargeActual: true }, 'finished'],
    ['a discharge flagged actual but dated tomorrow: still in hospital', { admitDate: '2026-02-27', dischargeDate: '2026-03-02', dischargeActual: true }, 'in-progress'],
    ['a discharge known before the admission date', { dischargeDate: '2026-03-05', dischargeActual: false }, 'planned'],
    ['no stay at all', {}, 'cancelled'],
  ];
  test.each(stays)('%s: valid R4, the status the dates say today, read back as written', (_label, stay, status) => {
    expect(stayStatus(stay, TODAY)).toBe(status);
    const encounter = json(stayEncounter(stay, subject, TODAY));
    expect(r4.errorsOf(encounter)).toEqual([]);
    expect(encounter.status).toBe(status);
    expect(readStay(encounter)).toEqual(stay);
  });

  test('the same stay moves from planned to in-progress to finished as the days pass', () => {
    const stay: StayFields = { admitDate: '2026-03-02', dischargeDate: '2026-03-04', dischargeActual: true };
    expect(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04'].map((today) => json(stayEncounter(stay, subject, today)).status)).toEqual(['planned', 'in-progress', 'in-progress', 'finished']);
  });

  test("rewriting keeps what other tools wrote (location, their extensions); a stay entered in error says there is none", () => {
    const server = { ...json(stayEncounter({ admitDate: '2026-02-27' }, subject, TODAY)), id: 'e1', location: [{ location: { display: 'Ward 4B' } }], extension: [{ url: 'https://ehr.example/bed', valueString: '12' }] };
    const next = json(stayEncounter({ admitDate: '2026-02-27', dischargeDate: '2026-03-02', dischargeActual: false }, subject, TODAY, server));
    expect(next).toMatchObject({ id: 'e1', location: [{ location: { display: 'Ward 4B' } }] });
    expect((next.extension as { url: string }[]).map((extension) => extension.url)).toEqual(['https://ehr.example/bed', 'http://hl7.org/fhir/5.0/StructureDefinition/extension-Encounter.plannedEndDate']);
    expect(readStay({ ...next, status: 'entered-in-error' })).toEqual({});
  });

  test('field-wise: the discharge date and its flag travel together, the admission alone; a pending field here is kept on pull', () => {
    expect(changedStayFields(['phone'])).toEqual([]);
    expect(changedStayFields(['dischargeActual'])).toEqual(['dischargeDate', 'dischargeActual']);
    expect(changedStayFields(['admitDate', 'name'])).toEqual(['admitDate']);
    const server: StayFields = { admitDate: '2026-02-26', dischargeDate: '2026-03-05', dischargeActual: false };
    const local: StayFields = { admitDate: '2026-02-27', dischargeDate: '2026-03-04', dischargeActual: true };
    expect(mergedStay(server, local, changedStayFields(['dischargeActual']))).toEqual({ admitDate: '2026-02-26', dischargeDate: '2026-03-04', dischargeActual: true });
    expect(pulledStay(local, server, ['dischargeDate'])).toEqual({ admitDate: '2026-02-26' });
    expect(pulledStay(local, server, 'all')).toBeNull();
    expect(pulledStay({ dischargeDate: '2026-03-05' }, { dischargeDate: '2026-03-05', dischargeActual: false }, undefined)).toBeNull();
  });
});
