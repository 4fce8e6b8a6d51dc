import type { FhirEngine } from '../sync/harness/fhir-engine';
import { TEAM_ROLE_SYSTEM } from '../../src/domain/fhir/practitioner-role';
import { careTeamResource } from '../../src/domain/fhir/care-team';
import type { CareTeamParticipant } from '../../src/model/team';
import { DAY_MS as DAY } from '../../src/domain/time/dates';

/**
 * The team around the bench's caseload, as a real round meets it: an Organization with ten care
 * managers and a supervisor (PractitionerRoles, so each round reads who the user is and who their
 * colleagues are), and a CareTeam per client. The bench's device is care manager 0: its first sync
 * claims every client it pushes (no CareTeam yet), then the organisation spreads the 5,000 across
 * the ten, 500 each, and one client in twenty gets a colleague covering for a week ahead (care
 * manager 0 covers 250 of care manager 5's). So the device keeps 4,500 clients that are now a
 * colleague's, as a care manager who handed a caseload over does, and syncs 750.
 */

export const CARE_MANAGERS = 10;
export const TEAM = 'bench-team';
export const MEMBER = 'cm-0';
export const SUPERVISOR = 'sup';

const managerId = (k: number) => `cm-${k}`;
const display = (member: string) => (member === SUPERVISOR ? 'Sam Supervisor' : `Care Manager ${member.slice(3)}`);

export async function seedBenchTeam(engine: FhirEngine): Promise<void> {
  await engine.handle('PUT', `Organization/${TEAM}`, { resourceType: 'Organization', id: TEAM, name: 'Bench care team' });
  const people: [string, 'care-manager' | 'supervisor'][] = [...Array.from({ length: CARE_MANAGERS }, (_, k) => [managerId(k), 'care-manager'] as [string, 'care-manager']), [SUPERVISOR, 'supervisor']];
  for (const [id, role] of people) {
    await engine.handle('PUT', `Practitioner/${id}`, { resourceType: 'Practitioner', id, name: [{ text: display(id) }] });
    await engine.handle('POST', 'PractitionerRole', {
      resourceType: 'PractitionerRole',
      practitioner: { reference: `Practitioner/${id}`, display: display(id) },
      organization: { reference: `Organization/${TEAM}` },
      code: [{ coding: [{ system: TEAM_ROLE_SYSTEM, code: role }] }],
    });
  }
}

const participant = (k: number, role: CareTeamParticipant['role'], start: number, end?: number): CareTeamParticipant => ({
  member: `Practitioner/${managerId(k)}`,
  display: display(managerId(k)),
  role,
  start,
  ...(end !== undefined ? { end } : {}),
});

/** Client i's care manager: i mod 10. */
export const managerOf = (index: number) => index % CARE_MANAGERS;

type Stored = { id: string; subject?: { reference?: string } };

/** The CareTeams on the server, straight from its repository (untimed set-up, not a client's view). */
function careTeams(engine: FhirEngine): Stored[] {
  const rows = (engine.repo as unknown as { resources: Map<string, Map<string, Stored>> }).resources.get('CareTeam');
  return [...(rows?.values() ?? [])];
}

/** The caseload spread across the team (see above); `indexOf`: Patient id → the client's index in the seeded caseload. */
export async function spreadCaseload(engine: FhirEngine, indexOf: ReadonlyMap<string, number>, now: number): Promise<void> {
  for (const team of careTeams(engine)) {
    const patientId = String(team.subject?.reference ?? '').replace(/^Patient\//, '');
    const index = indexOf.get(patientId);
    if (index === undefined) continue;
    const participants = [participant(managerOf(index), 'primary', now)];
    if (index % 20 === 5) participants.push(participant(managerOf(index + 5), 'covering', now + 10 * DAY, now + 17 * DAY));
    await put(engine, team.id, patientId, participants);
  }
}

/**
 * A working day's changes to the team elsewhere: `count` clients of care managers 1-9 get a
 * colleague (never care manager 0) covering a week ahead. Care manager 0's scope does not change;
 * the supervisor's CareTeams do.
 */
export async function colleaguesCover(engine: FhirEngine, indexOf: ReadonlyMap<string, number>, run: number, count: number, now: number): Promise<void> {
  const teams = careTeams(engine).flatMap((team) => {
    const patientId = String(team.subject?.reference ?? '').replace(/^Patient\//, '');
    const index = indexOf.get(patientId);
    return index !== undefined && managerOf(index) !== 0 && managerOf(index) !== 9 && index % 20 !== 5 ? [{ team, patientId, index }] : [];
  });
  for (let k = 0; k < count && teams.length; k++) {
    const { team, patientId, index } = teams[(run * count + k) % teams.length]!;
    await put(engine, team.id, patientId, [participant(managerOf(index), 'primary', now - 30 * DAY), participant(managerOf(index) + 1, 'covering', now + DAY, now + 8 * DAY)]);
  }
}

async function put(engine: FhirEngine, id: string, patientId: string, participants: CareTeamParticipant[]): Promise<void> {
  const answer = await engine.handle('PUT', `CareTeam/${id}`, { ...careTeamResource(patientId, participants), id });
  if (answer.status >= 300) throw new Error(`bench team: the router refused CareTeam/${id} (${answer.status})`);
}
