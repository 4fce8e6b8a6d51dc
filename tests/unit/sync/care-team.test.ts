import { describe, expect, test } from 'vitest';
import { CARE_TEAM_ROLE_SYSTEM, careTeamResource, readCareTeam, relativeReference, withParticipant } from '../../../src/domain/fhir/care-team';
import type { CareTeamParticipant } from '../../../src/model/team';
import { DAY_MS } from '../../../src/domain/time/dates';

/** A client's care team → FHIR CareTeam → the same team, and a server's own roles and extras survive Rapport's edits. */
const T0 = Date.UTC(2026, 2, 2, 14, 0);
const json = <T>(resource: T) => JSON.parse(JSON.stringify(resource)) as Record<string, unknown>;
const primary: CareTeamParticipant = { member: 'Practitioner/alice', display: 'Alice Ames', role: 'primary', start: T0 };
const cover: CareTeamParticipant = { member: 'Practitioner/bob', display: 'Bob Burns', role: 'covering', start: T0 + DAY_MS, end: T0 + 8 * DAY_MS };

describe('CareTeam mapping', () => {
  test('subject, members with names, Rapport-coded roles and periods read back as written', () => {
    const resource = { ...careTeamResource('p-1', [primary, cover]), id: 'ct-1', meta: { versionId: 'v1' } };
    expect(resource).toMatchObject({
      subject: { reference: 'Patient/p-1' },
      participant: [
        { member: { reference: 'Practitioner/alice', display: 'Alice Ames' }, role: [{ coding: [{ system: CARE_TEAM_ROLE_SYSTEM, code: 'primary' }] }], period: { start: new Date(T0).toISOString() } },
        { role: [{ coding: [{ code: 'covering' }] }], period: { start: new Date(T0 + DAY_MS).toISOString(), end: new Date(T0 + 8 * DAY_MS).toISOString() } },
      ],
    });
    expect(readCareTeam(json(resource))).toEqual({ kind: 'record', team: { serverId: 'ct-1', versionId: 'v1', patientId: 'p-1', active: true, participants: [primary, cover] } });
  });

  test("another system's roles read as plain members; absolute references compare as relative; odd participants are left out", () => {
    const read = readCareTeam({
      resourceType: 'CareTeam',
      id: 'ct-2',
      status: 'inactive',
      subject: { reference: 'https://fhir.example.org/R4/Patient/p-2' },
      participant: [
        { member: { reference: 'https://fhir.example.org/R4/Practitioner/carol/_history/3' }, role: [{ coding: [{ system: 'http://snomed.info/sct', code: '768730001' }] }] },
        { member: { reference: 'Group/g1' } },
        { role: [{ text: 'no member' }] },
      ],
    });
    expect(read).toEqual({ kind: 'record', team: { serverId: 'ct-2', patientId: 'p-2', active: false, participants: [{ member: 'Practitioner/carol', role: 'member' }] } });
    expect(relativeReference('Practitioner/x')).toBe('Practitioner/x');
  });

  test('a team about something other than a patient is a problem in words', () => {
    expect(readCareTeam({ resourceType: 'CareTeam', id: 'ct-3', subject: { reference: 'Group/g' } })).toEqual({ kind: 'problem', problem: 'CareTeam ct-3: its subject is not a Patient' });
  });

  test('adding a participant keeps every other element and participant; the same member and role is replaced, not doubled; a second cover by the same colleague is added beside the first', () => {
    const server = { ...careTeamResource('p-1', [primary]), id: 'ct-1', note: [{ text: 'from the EHR' }] };
    const once = withParticipant(server, cover);
    const later = { ...cover, start: T0 + 60 * DAY_MS, end: T0 + 67 * DAY_MS };
    const twice = withParticipant(withParticipant(once, later), later);
    const newPrimary = withParticipant(twice, { ...primary, start: T0 + DAY_MS });
    expect(newPrimary.note).toEqual([{ text: 'from the EHR' }]);
    const team = readCareTeam(json(newPrimary));
    expect(team.kind === 'record' && team.team.participants).toEqual([cover, later, { ...primary, start: T0 + DAY_MS }]);
  });
});
