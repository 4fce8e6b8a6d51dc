import { readCareTeam, withParticipant } from '../domain/fhir/care-team';
import { primaryAt } from '../domain/team/care-teams';
import type { CareTeam, CareTeamParticipant, TeamMember, TeamState } from '../model/team';
import type { FhirResource } from './bundle';
import { SyncError } from './errors';
import type { Send } from './transport';

/**
 * "Cover for me from … to …": the colleague joins, as a covering participant for that period, the
 * CareTeam of every client the user is primary care manager for when the cover starts. Each team
 * is read fresh and written back with If-Match on the version read; a colleague's write in between
 * (412) means read again, add the participant to what is there now, and retry, so nobody's change
 * to the team is lost. A team that already has this colleague covering for this very period is
 * left alone: asking twice, or a replay after a lost answer, writes nothing new.
 */

const MERGE_ROUNDS = 5;

export interface CoverResult {
  /** Teams the colleague was added to now. */
  added: number;
  /** Teams that already had this cover. */
  already: number;
  /** 412 answers met and merged. */
  merged: number;
}

export function coveredTeams(state: TeamState, start: number): CareTeam[] {
  return state.careTeams.filter((team) => team.active && primaryAt(team, start)?.member === state.user);
}

export async function coverFor(send: Send, state: TeamState, colleague: TeamMember, start: number, end: number): Promise<CoverResult> {
  if (!(start < end)) throw new RangeError('A cover ends after it starts');
  const participant: CareTeamParticipant = { member: colleague.member, ...(colleague.display ? { display: colleague.display } : {}), role: 'covering', start, end };
  const result: CoverResult = { added: 0, already: 0, merged: 0 };
  for (const team of coveredTeams(state, start)) {
    for (let round = 1; ; round++) {
      const { body: server } = await send<FhirResource & { id: string }>('GET', `CareTeam/${team.serverId}`);
      const read = readCareTeam(server);
      const has = read.kind === 'record' && read.team.participants.some((p) => p.member === participant.member && p.role === 'covering' && p.start === start && p.end === end);
      if (has) {
        result.already++;
        break;
      }
      const { meta: _server, ...resource } = withParticipant(server, participant);
      try {
        await send('PUT', `CareTeam/${team.serverId}`, { json: resource, headers: { 'if-match': `W/"${server.meta?.versionId ?? ''}"` } });
        result.added++;
        break;
      } catch (error) {
        if (!(error instanceof SyncError && error.kind === 'changed-elsewhere' && round < MERGE_ROUNDS)) throw error;
        result.merged++;
      }
    }
  }
  return result;
}
