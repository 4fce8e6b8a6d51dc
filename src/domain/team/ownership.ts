import type { CareTeam, TeamState } from '../../model/team';
import { activeAt, primaryAt } from './care-teams';

/**
 * "Mine / my team": whose client each caseload client is, from the care teams the server states.
 * Pure, so the caseload view filters without a database, and the supervisor view groups by it.
 */

export interface Ownership {
  /** The client's primary care manager now, as the server names them; absent when the team names none. */
  primary?: { member: string; display?: string };
  /** The user is the primary care manager, or the client has no care team on the server (a client only here is the user's own). */
  mine: boolean;
  /** The user covers this client for a colleague now. */
  covering: boolean;
}

/** The "mine" filter: the clients the user answers for today, their own and the ones they cover. */
export const answersFor = (ownership: Ownership): boolean => ownership.mine || ownership.covering;

/**
 * Each client's care team on this device. A client with several (another tool made one too) is
 * read through the one that names a primary care manager now; an inactive team gives nobody the client.
 */
export function teamsByClient(careTeams: readonly CareTeam[], now: number): Map<string, CareTeam> {
  const byClient = new Map<string, CareTeam>();
  for (const team of careTeams) {
    if (!team.clientId || !team.active) continue;
    const held = byClient.get(team.clientId);
    if (!held || (!primaryAt(held, now) && primaryAt(team, now))) byClient.set(team.clientId, team);
  }
  return byClient;
}

export function ownershipOf(team: CareTeam | undefined, user: string, now: number): Ownership {
  if (!team) return { mine: true, covering: false };
  const primary = primaryAt(team, now);
  return {
    ...(primary ? { primary: { member: primary.member, ...(primary.display ? { display: primary.display } : {}) } } : {}),
    mine: primary?.member === user,
    covering: team.participants.some((participant) => participant.member === user && participant.role === 'covering' && activeAt(participant, now)),
  };
}

/** Ownership of each client id given; without a team state (sync off, or never pulled) every client is the user's. */
export function caseloadOwnership(clientIds: readonly string[], team: TeamState | undefined, now: number): Map<string, Ownership> {
  const teams = teamsByClient(team?.careTeams ?? [], now);
  return new Map(clientIds.map((id) => [id, ownershipOf(teams.get(id), team?.user ?? '', now)]));
}
