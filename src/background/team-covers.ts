import { coveredTeams } from '../sync/cover';
import { primaryAt } from '../domain/team/care-teams';
import type { CallOffRequest, CoverRequest } from '../sync/cover-queue';
import { coverKey, type TeamState } from '../model/team';
import type { CoverRow } from '../messaging/team-messages';

/**
 * "Who covers for me, until when": the covers on the teams of clients the user is primary care
 * manager for when each cover starts (the teams "Cover for me" writes to), one row per colleague
 * and period; a cover called off while under way ends at that instant, and is over. What waits
 * in the queue counts as done already: a cover queued offline shows (as waiting), one being
 * called off does not. Pure, so tests drive it.
 */

export function coversForMe(state: TeamState, queue: { covers: readonly CoverRequest[]; callOffs: readonly CallOffRequest[] }, now: number): CoverRow[] {
  const nameOf = (member: string, display?: string) => display ?? state.colleagues.find((colleague) => colleague.member === member)?.display ?? member;
  const rows = new Map<string, CoverRow>();
  for (const team of state.careTeams) {
    if (!team.active) continue;
    for (const participant of team.participants) {
      const { member, start, end } = participant;
      if (participant.role !== 'covering' || member === state.user || start === undefined || end === undefined || end <= now) continue;
      if (primaryAt(team, start)?.member !== state.user) continue;
      const key = coverKey({ colleague: member, start, end });
      const row = rows.get(key) ?? { colleague: member, name: nameOf(member, participant.display).slice(0, 200), start, end, clients: 0, waiting: false };
      rows.set(key, { ...row, clients: row.clients + 1 });
    }
  }
  for (const cover of queue.covers) {
    if (rows.has(coverKey(cover)) || cover.end <= now) continue;
    rows.set(coverKey(cover), { colleague: cover.colleague, name: nameOf(cover.colleague).slice(0, 200), start: cover.start, end: cover.end, clients: coveredTeams(state, cover.start).length, waiting: true });
  }
  for (const callOff of queue.callOffs) rows.delete(coverKey(callOff));
  return [...rows.values()].sort((a, b) => a.start - b.start || a.end - b.end || a.name.localeCompare(b.name));
}
