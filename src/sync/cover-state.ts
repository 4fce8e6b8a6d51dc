import { coveredTeams } from './cover';
import type { CareTeamParticipant, TeamMember, TeamState } from '../model/team';
import type { CallOffRequest, CoverRequest } from './cover-queue';

/**
 * What a sent cover or call-off changes in the stored team, as the server now has it. The route
 * that sends one and a round that sends queued ones both save the team with these applied, so the
 * caseload's cover list matches the server before the next round restates the team.
 */

type Cover = Pick<CoverRequest, 'colleague' | 'start' | 'end'>;

const isCoverOf = (participant: CareTeamParticipant, cover: Cover) =>
  participant.role === 'covering' && participant.member === cover.colleague && participant.start === cover.start && participant.end === cover.end;

/**
 * The team state as the server now has it after a call-off went through (the rule withCoverEnded
 * applies there): a cover under way ends at `now`, one not yet begun becomes that instant. Saved
 * at once so the cover list drops it before the next round restates the team.
 */
export function withCoverCalledOff(state: TeamState, cover: Cover, now: number): TeamState {
  return {
    ...state,
    careTeams: state.careTeams.map((team) =>
      team.participants.some((participant) => isCoverOf(participant, cover))
        ? {
            ...team,
            participants: team.participants.flatMap((participant) => {
              if (!isCoverOf(participant, cover)) return [participant];
              return [{ ...participant, ...(now < cover.start ? { start: now } : {}), end: now }];
            }),
          }
        : team,
    ),
  };
}

/**
 * The team state as the server now has it after "Cover for me" went through (coverFor adds the
 * colleague to the teams of the user's clients at the cover's start): saved at once, like a
 * call-off, so the new cover is listed before the next round restates the team.
 */
export function withCoverAdded(state: TeamState, colleague: TeamMember, cover: Cover): TeamState {
  const covered = new Set(coveredTeams(state, cover.start).map((team) => team.serverId));
  const participant: CareTeamParticipant = { member: colleague.member, ...(colleague.display ? { display: colleague.display } : {}), role: 'covering', start: cover.start, end: cover.end };
  return {
    ...state,
    careTeams: state.careTeams.map((team) =>
      covered.has(team.serverId) && !team.participants.some((existing) => isCoverOf(existing, cover)) && team.participants.length < 100
        ? { ...team, participants: [...team.participants, participant] }
        : team,
    ),
  };
}

/** The queued covers and call-offs a round sent, applied in the order they were sent. */
export function withSent(state: TeamState, sent: readonly { request: CoverRequest | CallOffRequest; at: number }[]): TeamState {
  return sent.reduce((team, { request, at }) => {
    if ('callOff' in request) return withCoverCalledOff(team, request, at);
    const colleague = team.colleagues.find((member) => member.member === request.colleague);
    return colleague ? withCoverAdded(team, colleague, request) : team;
  }, state);
}
