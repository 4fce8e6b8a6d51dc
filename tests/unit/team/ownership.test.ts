import { describe, expect, test } from 'vitest';
import { answersFor, caseloadOwnership } from '../../../src/domain/team/ownership';
import { supervisorView } from '../../../src/domain/team/supervisor';
import { defaultSettings } from '../../../src/domain/settings/settings';
import type { CallbackRecord, ClientRecord } from '../../../src/model/records';
import type { CareTeam, TeamState } from '../../../src/model/team';
import { DAY_MS } from '../../../src/domain/time/dates';

const ZONE = 'America/Chicago';
const NOW = Date.UTC(2026, 2, 2, 18, 0);
const ALICE = { member: 'Practitioner/alice', display: 'Alice Ames' };
const BOB = { member: 'Practitioner/bob', display: 'Bob Burns' };

const client = (id: string, name: string, lastSuccessAt?: number): ClientRecord =>
  ({ id, name, identities: [], identityKeys: [], searchName: name.toLowerCase(), createdAt: NOW - 400 * DAY_MS, updatedAt: NOW - 400 * DAY_MS, rev: 1, enrolledAt: NOW - 400 * DAY_MS, ...(lastSuccessAt === undefined ? {} : { lastSuccessAt }) }) as ClientRecord;
const overdue = (id: string, clientId: string, dueAt: number): CallbackRecord => ({ id, clientId, dueAt, status: 'open', createdAt: dueAt - DAY_MS, updatedAt: dueAt - DAY_MS, rev: 1 }) as CallbackRecord;
const team = (clientId: string, participants: CareTeam['participants'], active = true): CareTeam => ({ serverId: `ct-${clientId}`, patientId: `p-${clientId}`, clientId, active, participants });
const state = (user: typeof ALICE, careTeams: CareTeam[], colleagues = [BOB]): TeamState => ({ fhirBase: 'https://fhir.example.org/', user: user.member, userDisplay: user.display, role: 'supervisor', colleagues, careTeams, refreshedAt: NOW });

const TEAMS = [
  team('ada', [{ ...ALICE, role: 'primary' }]),
  team('ben', [{ ...BOB, role: 'primary' }, { ...ALICE, role: 'covering', start: NOW - DAY_MS, end: NOW + 6 * DAY_MS }]),
  team('cy', [{ ...BOB, role: 'primary' }, { ...ALICE, role: 'covering', start: NOW + DAY_MS, end: NOW + 6 * DAY_MS }]),
  team('dee', [{ ...BOB, role: 'supervisor' }]),
];

describe('mine / my team', () => {
  test("each client shows their primary care manager; mine is the user's own, covering is today's cover; a client with no team is the user's", () => {
    const owners = caseloadOwnership(['ada', 'ben', 'cy', 'dee', 'eve'], state(ALICE, TEAMS), NOW);
    expect(Object.fromEntries(owners)).toEqual({
      ada: { primary: ALICE, mine: true, covering: false },
      ben: { primary: BOB, mine: false, covering: true },
      cy: { primary: BOB, mine: false, covering: false },
      dee: { mine: false, covering: false },
      eve: { mine: true, covering: false },
    });
    expect(['ada', 'ben', 'cy', 'dee', 'eve'].filter((id) => answersFor(owners.get(id)!))).toEqual(['ada', 'ben', 'eve']);
  });

  test('without a team state (sync off, never pulled) every client is mine; an inactive team gives nobody the client', () => {
    expect(caseloadOwnership(['ada'], undefined, NOW).get('ada')).toEqual({ mine: true, covering: false });
    expect(caseloadOwnership(['ada'], state(BOB, [team('ada', [{ ...ALICE, role: 'primary' }], false)]), NOW).get('ada')).toEqual({ mine: true, covering: false });
  });
});

describe('supervisor view', () => {
  test("overdue callbacks and clients past their maximum, by primary care manager, with the caseload's own rules and order", () => {
    const clients = [client('ada', 'Ada Quill', NOW - 2 * DAY_MS), client('ben', 'Ben Rowe', NOW - 200 * DAY_MS), client('cy', 'Cy Marsh', NOW - 300 * DAY_MS), client('dee', 'Dee Vale', NOW - DAY_MS)];
    const carol = { member: 'Practitioner/carol', display: 'Carol Chen' };
    const view = supervisorView({
      clients,
      overdue: [overdue('cb1', 'ada', NOW - 3 * DAY_MS), overdue('cb2', 'ben', NOW - DAY_MS), overdue('cb3', 'dee', NOW - 2 * DAY_MS)],
      team: state(carol, TEAMS, [ALICE, BOB]),
      settings: defaultSettings(ZONE),
      now: NOW,
      timeZone: ZONE,
    });
    const shown = view.map((group) => ({ manager: group.manager?.display, overdue: group.overdue.map((row) => row.callbackId), pastMax: group.pastMax.map((row) => row.client.name) }));
    expect(shown).toEqual([
      { manager: 'Alice Ames', overdue: ['cb1'], pastMax: [] },
      { manager: 'Bob Burns', overdue: ['cb2'], pastMax: ['Cy Marsh', 'Ben Rowe'] },
      { manager: undefined, overdue: ['cb3'], pastMax: [] },
    ]);
  });

  test('the supervisor is a group of their own only as some client\'s primary care manager', () => {
    const carol = { member: 'Practitioner/carol', display: 'Carol Chen' };
    const managers = (careTeams: CareTeam[]) =>
      supervisorView({ clients: [client('eve', 'Eve Ash', NOW - DAY_MS)], overdue: [], team: state(carol, careTeams, [ALICE]), settings: defaultSettings(ZONE), now: NOW, timeZone: ZONE }).map((group) => group.manager?.display);
    expect(managers([team('eve', [{ ...ALICE, role: 'primary' }])])).toEqual(['Alice Ames']);
    expect(managers([team('eve', [{ ...carol, role: 'primary' }])])).toEqual(['Alice Ames', 'Carol Chen']);
  });
});
