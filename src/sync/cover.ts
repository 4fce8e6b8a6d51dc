import { readCareTeam, withCoverEnded, withParticipant } from '../domain/fhir/care-team';
import { handoffComposition, handoffIdentifierValue } from '../domain/fhir/handoff';
import type { Handoff } from '../domain/team/handoff';
import { primaryAt } from '../domain/team/care-teams';
import type { CareTeam, CareTeamParticipant, TeamMember, TeamState } from '../model/team';
import { rewrite } from './rewrite';
import type { Send } from './transport';
import { retireHandoff, writeHandoff } from './handoff';

/**
 * "Cover for me from … to …": the colleague joins, as a covering participant for that period, the
 * CareTeam of every client the user is primary care manager for when the cover starts. Each team
 * is read fresh and written back with If-Match on the version read; a colleague's write in between
 * (412) means read again, add the participant to what is there now, and retry, so nobody's change
 * to the team is lost. A team that already has this colleague covering for this very period is
 * left alone: asking twice, or a replay after a lost answer, writes nothing new.
 *
 * With `handoffs`, each covered client whose summary it gives also gets a handoff addressed to
 * the colleague for that cover (sync/handoff.ts), once the colleague is on the team: the note is
 * never on the server before the colleague is allowed to see the client.
 */

export interface CoverResult {
  /** Teams the colleague was added to now. */
  added: number;
  /** Teams that already had this cover. */
  already: number;
  /** 412 answers met and merged. */
  merged: number;
  /** Handoffs created now (a replay finds them already there). */
  handoffs: number;
}

export interface HandoffsToWrite {
  /** The summary of the client a team is about, built from this device's records; undefined: none to write. */
  of(team: CareTeam): Handoff | undefined;
  now: number;
  timeZone: string;
}

export function coveredTeams(state: TeamState, start: number): CareTeam[] {
  return state.careTeams.filter((team) => team.active && primaryAt(team, start)?.member === state.user);
}

export async function coverFor(send: Send, state: TeamState, colleague: TeamMember, start: number, end: number, handoffs?: HandoffsToWrite): Promise<CoverResult> {
  if (!(start < end)) throw new RangeError('A cover ends after it starts');
  const participant: CareTeamParticipant = { member: colleague.member, ...(colleague.display ? { display: colleague.display } : {}), role: 'covering', start, end };
  const result: CoverResult = { added: 0, already: 0, merged: 0, handoffs: 0 };
  const user: TeamMember = { member: state.user, ...(state.userDisplay ? { display: state.userDisplay } : {}) };
  for (const team of coveredTeams(state, start)) {
    const { written, merged } = await rewrite(send, `CareTeam/${team.serverId}`, (server) => {
      const read = readCareTeam(server);
      const has = read.kind === 'record' && read.team.participants.some((p) => p.member === participant.member && p.role === 'covering' && p.start === start && p.end === end);
      return has ? undefined : withParticipant(server, participant);
    });
    result[written ? 'added' : 'already']++;
    result.merged += merged;
    const summary = handoffs?.of(team);
    if (summary && handoffs) {
      const composition = handoffComposition(summary, { patientId: team.patientId, user, to: colleague, start, end, now: handoffs.now, timeZone: handoffs.timeZone });
      if (await writeHandoff(send, composition, handoffIdentifierValue(team.patientId, colleague.member, start, end), user, handoffs.now)) result.handoffs++;
    }
  }
  return result;
}

export interface CancelResult {
  /** Teams whose cover was dropped or cut short now. */
  ended: number;
  /** Handoffs retired now. */
  retired: number;
}

/**
 * "Cancel the cover": every team with this cover has its period ended (at `now`; one not begun
 * becomes that instant, domain/fhir/care-team.ts says why) and its handoff retired, both by status
 * alone. The teams looked at are those the state shows with the cover and those the user is
 * primary for when it starts: a round saves the team as it was before sending its queued covers,
 * so a cover sent that round is not yet in the state. Asking twice changes nothing.
 */
export async function cancelCover(send: Send, state: TeamState, colleague: TeamMember, start: number, end: number, now: number): Promise<CancelResult> {
  const cover: CareTeamParticipant = { member: colleague.member, role: 'covering', start, end };
  const result: CancelResult = { ended: 0, retired: 0 };
  const showing = state.careTeams.filter((team) => team.participants.some((p) => p.member === cover.member && p.role === 'covering' && p.start === start && p.end === end));
  const teams = new Map([...showing, ...coveredTeams(state, start)].map((team) => [team.serverId, team]));
  for (const team of teams.values()) {
    if ((await rewrite(send, `CareTeam/${team.serverId}`, (server) => withCoverEnded(server, cover, now))).written) result.ended++;
    result.retired += await retireHandoff(send, handoffIdentifierValue(team.patientId, colleague.member, start, end));
  }
  return result;
}
