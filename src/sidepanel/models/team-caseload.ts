import { signal } from '@preact/signals';
import { onChanged } from '../../store/changes';
import { TEAM_STATE_KEY } from '../../store/team';
import type { ClientOwnership, TeamCaseloadReply } from '../../messaging/team-messages';

/** "Mine": the clients the user answers for today; "team": everyone's; "managers": a supervisor's view by care manager. */
export type TeamScope = 'mine' | 'team' | 'managers';
export type TeamCaseload = NonNullable<TeamCaseloadReply['team']>;

/**
 * The caseload's team side, made only when the caseload view opens (it lives in that lazy chunk).
 * Without a team (sync off, never pulled, no background) `team` stays null and the caseload is
 * exactly what it was: every client on this device, no switch.
 */
export function createTeamCaseloadModel(load: (() => Promise<TeamCaseloadReply>) | undefined) {
  const team = signal<TeamCaseload | null>(null);
  const scope = signal<TeamScope>('mine');
  const error = signal<string | null>(null);

  async function refresh() {
    if (!load) return;
    try {
      const reply = await load();
      team.value = reply.team;
      error.value = null;
      // A supervisor view left open after the role was taken away falls back to the user's own.
      if (scope.peek() === 'managers' && !reply.team?.supervisor) scope.value = 'mine';
    } catch (failure) {
      error.value = String(failure);
    }
  }

  const stop = onChanged((change) => {
    if (change.store === 'meta' && change.ids.includes(TEAM_STATE_KEY)) void refresh();
  });

  return {
    team,
    scope,
    error,
    refresh,
    ownerOf: (clientId: string): ClientOwnership | undefined => team.value?.clients[clientId],
    /** Whether the lists show this client now; a client the answer does not know is the user's own. */
    shows(clientId: string): boolean {
      const known = team.value;
      if (!known || scope.value !== 'mine') return true;
      const owner = known.clients[clientId];
      return !owner || owner.mine || owner.coveredByMe;
    },
    dispose: stop,
  };
}

export type TeamCaseloadModel = ReturnType<typeof createTeamCaseloadModel>;
