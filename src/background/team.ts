import type { RapportDb } from '../store/db';
import type { Vault } from '../store/vault/vault';
import type { KeyRing } from '../store/vault/keyring';
import { loadSettings } from '../store/settings';
import { loadTeamState } from '../store/team';
import { teamCaseloadSnapshot } from '../store/team-caseload';
import { vaultTokenSealer } from '../sync/token-store';
import { loadSyncSettings, syncIsOn, type SyncSettings } from '../sync/settings';
import { loadQueuedCallOffs, loadQueuedCovers, queueCallOff, queueCover, sendCallOff, sendCover, staysQueued } from '../sync/cover-queue';
import { saveTeamState } from '../store/team';
import { handoffsFor } from '../store/team-handoffs';
import type { Send } from '../sync/transport';
import { relativeReference } from '../domain/fhir/care-team';
import type { MessageOf } from '../messaging/schema';
import type { TeamCallOffReply, TeamCaseloadReply, TeamCoverReply, TeamHandoffsReply } from '../messaging/team-messages';
import { teamCaseloadReply } from './team-reply';
import { coversForMe, withCoverCalledOff } from './team-covers';

export interface TeamDeps {
  opened: () => Promise<{ db: RapportDb; vault: Vault }>;
  keyRing: KeyRing;
  /** A transport to the team server that signs requests with the stored (refreshed) token. */
  send: (db: RapportDb, vault: Vault, settings: SyncSettings) => Send;
  now: () => number;
  timeZone: string;
}

/**
 * The team screens' requests in the worker: the team is read (and unsealed) here, where the
 * vault's key is, and only what a screen shows goes back to the page.
 */
export function teamRoutes(deps: TeamDeps) {
  const unlocked = async () => {
    const opened = await deps.opened();
    // The page asking may have just unlocked.
    if (opened.vault.status === 'locked') await opened.vault.refresh();
    return opened;
  };
  /** The team as last pulled, with what a request to the server needs; undefined with sync off or before the first round. */
  const teamOf = async (db: RapportDb, vault: Vault) => {
    const settings = await loadSyncSettings(db);
    if (!syncIsOn(settings) || !settings.fhirUser) return undefined;
    const sealer = vaultTokenSealer(vault, deps.keyRing);
    const state = await loadTeamState(db, sealer, settings.fhirBase, relativeReference(settings.fhirUser));
    return state && { state, settings, sealer };
  };
  const queueOf = async (db: RapportDb) => ({ covers: await loadQueuedCovers(db), callOffs: await loadQueuedCallOffs(db) });
  const problem = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure)).slice(0, 500);
  return {
    async caseload(): Promise<TeamCaseloadReply> {
      const { db, vault } = await unlocked();
      const now = deps.now();
      const snapshot = await teamCaseloadSnapshot(db, vaultTokenSealer(vault, deps.keyRing), now);
      return teamCaseloadReply({ ...snapshot, queue: await queueOf(db), settings: await loadSettings(db, deps.timeZone), now, timeZone: deps.timeZone });
    },

    async cover(request: MessageOf<'team/cover'>): Promise<TeamCoverReply> {
      if (!(request.start < request.end)) return { ok: false, reason: 'bad-dates' };
      const { db, vault } = await unlocked();
      if (vault.status === 'locked') return { ok: false, reason: 'locked' };
      const known = await teamOf(db, vault);
      if (!known) return { ok: false, reason: 'no-team' };
      const { state: team, settings } = known;
      // Only someone the server lists as a colleague: a page cannot add a stranger to clients' teams.
      const colleague = team.colleagues.find((member) => member.member === request.colleague && member.member !== team.user);
      if (!colleague) return { ok: false, reason: 'unknown-colleague' };
      try {
        // Queued first: a server out of reach, or a worker stopped mid-send, leaves it for the next round.
        const queued = await queueCover(db, { colleague: colleague.member, start: request.start, end: request.end, timeZone: deps.timeZone }, deps.now());
        const { added, already } = await sendCover(db, deps.send(db, vault, settings), team, queued, deps.now());
        return { ok: true, added, already };
      } catch (failure) {
        if (staysQueued(failure)) return { ok: true, added: 0, already: 0, queued: true };
        return { ok: false, reason: 'server', detail: problem(failure) };
      }
    },

    /**
     * Calls off one of the covers the caseload lists: only those (a page cannot end a colleague's
     * cover of someone else's clients). Queued first, like a cover, so an unreachable server or a
     * stopped worker leaves it to the next round; once through, the stored team drops it at once.
     */
    async callOff(request: MessageOf<'team/call-off'>): Promise<TeamCallOffReply> {
      const { db, vault } = await unlocked();
      if (vault.status === 'locked') return { ok: false, reason: 'locked' };
      const known = await teamOf(db, vault);
      if (!known) return { ok: false, reason: 'no-team' };
      const { state, settings, sealer } = known;
      const cover = { colleague: request.colleague, start: request.start, end: request.end };
      const listed = coversForMe(state, await queueOf(db), deps.now()).some((row) => row.colleague === cover.colleague && row.start === cover.start && row.end === cover.end);
      if (!listed) return { ok: false, reason: 'unknown-cover' };
      try {
        const queued = await queueCallOff(db, cover, deps.now());
        const { ended } = await sendCallOff(db, deps.send(db, vault, settings), state, queued, deps.now());
        await saveTeamState(db, withCoverCalledOff(state, cover, deps.now()), sealer);
        return { ok: true, ended };
      } catch (failure) {
        if (staysQueued(failure)) return { ok: true, ended: 0, queued: true };
        return { ok: false, reason: 'server', detail: problem(failure) };
      }
    },

    async handoffs(): Promise<TeamHandoffsReply> {
      const { db, vault } = await unlocked();
      if (vault.status === 'locked') return { handoffs: [] };
      return { handoffs: await handoffsFor(db, vaultTokenSealer(vault, deps.keyRing), deps.now()) };
    },
  };
}
