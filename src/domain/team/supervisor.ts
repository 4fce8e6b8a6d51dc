import { overdueRows, pastMaxRows, type OverdueRow, type PastMaxRow } from '../caseload/caseload';
import type { CallbackRecord, ClientRecord } from '../../model/records';
import type { Settings } from '../../model/settings';
import type { TeamState } from '../../model/team';
import { caseloadOwnership } from './ownership';

/**
 * The supervisor's view: the caseload's own overdue and past-maximum rules (domain/caseload),
 * applied to the whole team's clients and grouped by each client's primary care manager. Every
 * colleague has a group, an empty one included (a supervisor reads "nothing overdue" as news too);
 * clients whose team names no primary care manager come last, under no one.
 */

export interface ManagerGroup {
  /** Absent: the clients no care team assigns to anyone. */
  manager?: { member: string; display?: string };
  overdue: OverdueRow[];
  pastMax: PastMaxRow[];
}

export interface SupervisorInput {
  clients: readonly ClientRecord[];
  /** Overdue callbacks as the caseload reads them (store/caseload.ts). */
  overdue: readonly CallbackRecord[];
  team: TeamState;
  settings: Settings;
  now: number;
  timeZone: string;
}

export function supervisorView(input: SupervisorInput): ManagerGroup[] {
  const { clients, team, now } = input;
  const owners = caseloadOwnership(clients.map((client) => client.id), team, now);
  const groups = new Map<string | undefined, ManagerGroup>();
  const groupOf = (member: string | undefined, display?: string) => {
    let group = groups.get(member);
    if (!group) {
      group = { ...(member ? { manager: { member, ...(display ? { display } : {}) } } : {}), overdue: [], pastMax: [] };
      groups.set(member, group);
    }
    return group;
  };
  // A supervisor appears among the care managers only as the primary of some client of their own.
  const primaryOfSome = [...owners.values()].some((owner) => owner.primary?.member === team.user);
  const people = team.role === 'supervisor' && !primaryOfSome ? team.colleagues : [...team.colleagues, { member: team.user, display: team.userDisplay }];
  for (const colleague of people) groupOf(colleague.member, colleague.display);
  const managerOf = (clientId: string) => {
    const primary = owners.get(clientId)?.primary;
    return primary ? groupOf(primary.member, primary.display) : groupOf(undefined);
  };
  for (const row of overdueRows(input.overdue, clients)) managerOf(row.client.id).overdue.push(row);
  for (const row of pastMaxRows(clients, input.settings, now, input.timeZone)) managerOf(row.client.id).pastMax.push(row);
  const name = (group: ManagerGroup) => group.manager?.display ?? group.manager?.member ?? '';
  return [...groups.values()]
    .filter((group) => group.manager || group.overdue.length || group.pastMax.length)
    .sort((a, b) => Number(!a.manager) - Number(!b.manager) || name(a).localeCompare(name(b)));
}
