import type { RapportDb } from '../store/db';
import type { Vault } from '../store/vault/vault';
import type { KeyRing } from '../store/vault/keyring';
import { loadSettings } from '../store/settings';
import { loadTeamState } from '../store/team';
import { teamCaseloadSnapshot } from '../store/team-caseload';
import { vaultTokenSealer } from '../sync/token-store';
import { loadSyncSettings, syncIsOn, type SyncSettings } from '../sync/settings';
import { queueCover, sendCover, staysQueued } from '../sync/cover-queue';
import { handoffsFor } from '../store/team-handoffs';
import type { Send } from '../sync/transport';
import { relativeReference } from '../domain/fhir/care-team';
import type { MessageOf } from '../messaging/schema';
import type { TeamCaseloadReply, TeamCoverReply, TeamHandoffsReply } from '../messaging/team-messages';
import { teamCaseloadReply } from './team-reply';

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
  return {
    async caseload(): Promise<TeamCaseloadReply> {
      const { db, vault } = await unlocked();
      const now = deps.now();
      const snapshot = await teamCaseloadSnapshot(db, vaultTokenSealer(vault, deps.keyRing), now);
      return teamCaseloadReply({ ...snapshot, settings: await loadSettings(db, deps.timeZone), now, timeZone: deps.timeZone });
    },

    async cover(request: MessageOf<'team/cover'>): Promise<TeamCoverReply> {
      if (!(request.start < request.end)) return { ok: false, reason: 'bad-dates' };
      const { db, vault } = await unlocked();
      if (vault.status === 'locked') return { ok: false, reason: 'locked' };
      const settings = await loadSyncSettings(db);
      const team =
        syncIsOn(settings) && settings.fhirUser
          ? await loadTeamState(db, vaultTokenSealer(vault, deps.keyRing), settings.fhirBase, relativeReference(settings.fhirUser))
          : undefined;
      if (!syncIsOn(settings) || !team) return { ok: false, reason: 'no-team' };
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
        return { ok: false, reason: 'server', detail: (failure instanceof Error ? failure.message : String(failure)).slice(0, 500) };
      }
    },

    async handoffs(): Promise<TeamHandoffsReply> {
      const { db, vault } = await unlocked();
      if (vault.status === 'locked') return { handoffs: [] };
      return { handoffs: await handoffsFor(db, vaultTokenSealer(vault, deps.keyRing), deps.now()) };
    },
  };
}
