import { caseloadOwnership } from '../domain/team/ownership';
import { supervisorView } from '../domain/team/supervisor';
import type { CallbackRecord, ClientRecord } from '../model/records';
import type { Settings } from '../model/settings';
import type { TeamState } from '../model/team';
import type { TeamCaseloadReply } from '../messaging/team-messages';
import type { CallOffRequest, CoverRequest } from '../sync/cover-queue';
import { coversForMe } from './team-covers';

/**
 * The `team/caseload` answer from the caseload and team as stored: per client, whose it is in
 * words a row can show (a name, or the server reference when the server names nobody), and for a
 * supervisor the team's overdue and past-maximum rows by care manager. Pure, so tests drive it.
 */
export function teamCaseloadReply(input: {
  clients: readonly ClientRecord[];
  overdue: readonly CallbackRecord[];
  team?: TeamState;
  /** Covers and call-offs waiting for the team server. */
  queue?: { covers: readonly CoverRequest[]; callOffs: readonly CallOffRequest[] };
  settings: Settings;
  now: number;
  timeZone: string;
}): TeamCaseloadReply {
  const { team, now } = input;
  if (!team) return { team: null };
  const owners = caseloadOwnership(input.clients.map((client) => client.id), team, now);
  const clients: Record<string, { primary?: string; mine: boolean; coveredByMe: boolean }> = {};
  for (const [id, owner] of owners) {
    const primary = owner.primary && (owner.primary.display ?? owner.primary.member);
    clients[id] = { ...(primary ? { primary } : {}), mine: owner.mine, coveredByMe: owner.covering };
  }
  const supervisor = team.role === 'supervisor';
  const rowClient = (client: { id: string; name: string }) => ({ id: client.id, name: client.name.slice(0, 200) });
  return {
    team: {
      supervisor,
      members: team.colleagues.filter((colleague) => colleague.member !== team.user),
      clients,
      covers: coversForMe(team, input.queue ?? { covers: [], callOffs: [] }, now),
      ...(supervisor
        ? {
            byManager: supervisorView({ ...input, team }).map((group) => ({
              ...(group.manager ? { manager: group.manager.display ?? group.manager.member } : {}),
              overdue: group.overdue.map((row) => ({ client: rowClient(row.client), dueAt: row.dueAt })),
              pastMax: group.pastMax.map((row) => ({ client: rowClient(row.client), ...(row.daysSince !== undefined ? { daysSince: row.daysSince } : {}), maxDays: row.cadence.maxDays })),
            })),
          }
        : {}),
    },
  };
}
