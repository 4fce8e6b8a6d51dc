import type { RapportDb } from '../store/db';
import type { VaultStatus } from '../store/vault/codec';
import { SyncError } from './errors';
import { pushOutbox, rememberedIds, type RememberedIds } from './push';
import { copiesAhead, takeCopies } from './copies-ahead';
import { loadOutbox, type OutboxEntry } from './outbox';
import { pullChanges, pullPatients, type PullReport } from './pull-changes';
import { loadScopeGroups, probeUrls } from './pull-scoped';
import type { Carried } from './carry';
import { uploadCaseloadOnce } from './first-upload';
import { claimPushed, linkedToClients, refreshTeam, saveLinkedTeam, type RefreshBasis } from './team';
import { roundLinks } from './team-links';
import { loadTeamState } from '../store/team';
import { relativeReference } from '../domain/fhir/care-team';
import { sendQueuedCovers } from './cover-queue';
import { withSent } from './cover-state';
import { handoffProbeUrl, refreshHandoffs } from './handoff';
import { loadSyncSettings, syncIsOn, type SyncSettings } from './settings';
import { discover, needsRefresh, refreshTokens, type SmartDeps, type TokenSet } from './smart';
import { BACKOFF_CAP_MS, backoffDelay, countWaiting, loadSyncStatus, saveSyncStatus, type SyncStatus } from './status';
import { loadTokens, saveTokens, type TokenSealer } from './token-store';
import type { Send } from './transport';

/**
 * One sync round, as the background runs it after a write, on its alarm and at startup: push the
 * outbox with a fresh token, pull what the team changed since, then record how it went. Every decision to wait is made here, from
 * the stored status and the injected clock, so a worker stopped at any point picks up where the
 * database says: a backoff survives the worker, and a refused sign-in stays refused.
 */

export interface RoundDeps {
  db: RapportDb;
  vaultStatus(): VaultStatus;
  sealer: TokenSealer;
  /** A transport to the configured server; `accessToken` is undefined for the token endpoint. */
  transport(fhirBase: string, accessToken?: () => Promise<string | undefined>): Send;
  smart: Omit<SmartDeps, 'send' | 'now'>;
  now(): number;
}

export type RoundOutcome =
  | { kind: 'off' }
  /** Locked: tokens and sealed records are out of reach until the passphrase is entered. */
  | { kind: 'locked' }
  | { kind: 'backing-off'; retryAt: number }
  | { kind: 'needs-sign-in' }
  /** `problems`: what the server had that did not map cleanly, skipped. */
  | { kind: 'synced'; pushed: number; pulled: number; problems: string[] }
  | { kind: 'failed'; error: SyncError; retryAt?: number };

const MAX_PROBLEMS_KEPT = 20;

/** Errors only the user can clear, by signing in again: retrying would only be refused again. */
const SIGN_IN_KINDS: readonly SyncError['kind'][] = ['signed-out', 'sign-in', 'forbidden'];

/**
 * `askedByUser`: "Sync now" skips this device's own backoff (the user is telling us the network is
 * back), never a wait the server asked for.
 */
export async function runSyncRound(deps: RoundDeps, askedByUser = false): Promise<RoundOutcome> {
  const { db, now } = deps;
  const settings = await loadSyncSettings(db);
  if (!syncIsOn(settings)) return { kind: 'off' };
  if (deps.vaultStatus() === 'locked') return { kind: 'locked' };
  const status = await loadSyncStatus(db);
  if (status.signInRefusedFor !== undefined && status.signInRefusedFor === (settings.connectedAt ?? 0)) return { kind: 'needs-sign-in' };
  const waitFor = askedByUser ? status.serverRetryAt : status.retryAt;
  if (waitFor !== undefined && now() < waitFor) return { kind: 'backing-off', retryAt: waitFor };

  try {
    const send = deps.transport(settings.fhirBase, accessTokenFor(deps, settings));
    // The server's copies of the records the push updates are asked in the team's first request (copies-ahead.ts).
    const remembered = rememberedIds(db);
    // Read once for the copies ahead and the push: an edit queued after this waits for the next round.
    const outbox = await loadOutbox(db);
    const ahead = settings.fhirUser ? await updatesAhead(outbox, remembered) : undefined;
    const basis = settings.fhirUser ? await refreshBasis(deps, settings) : undefined;
    // Before the push, so changes to clients who left the user's care teams stay here (push.ts).
    const stated = settings.fhirUser && basis ? await refreshTeam(db, send, settings.fhirBase, settings.fhirUser, now(), basis, ahead?.urls) : undefined;
    if (ahead && stated) takeCopies(ahead, stated.also);
    const created = new Set<string>();
    const newClients = new Map<string, string>();
    const born = new Map<string, string | undefined>();
    // The outbox first, then the caseload kept before sync was on, less what the outbox just pushed;
    // the outbox once more for what that upload queued (a new Patient's stay, a copy found by chart).
    // A Patient this round created joins the scope when its care team is claimed, after the push: its records go now.
    const scope = () => stated && new Set([...stated.scope, ...newClients.values()]);
    // The pull's probes and the handoffs' first search go in the push's last Bundle (carry.ts), used
    // only when nothing was posted after it: a probe must see every write of the round's own.
    const scopeGroups = stated ? await loadScopeGroups(db, settings.fhirBase) : undefined;
    const carry: Carried | undefined = stated && scopeGroups ? { urls: [...probeUrls(scopeGroups, scope()!), handoffProbeUrl(stated)] } : undefined;
    const queued = await pushOutbox(db, send, now(), created, scope(), newClients, born, carry, { remembered, copies: ahead, outbox });
    const seeded = await uploadCaseloadOnce(db, send, settings.fhirBase, now(), { created, newClients, born }, scope());
    const requeued = seeded.pushed ? await pushOutbox(db, send, now(), created, scope(), newClients, born) : { pushed: 0 };
    const carried = seeded.pushed ? undefined : carry?.pages;
    const pushed = queued.pushed + seeded.pushed + requeued.pushed;
    const heldBack = (queued.heldBack ?? 0) + (seeded.heldBack ?? 0);
    // After the push, so the user's new clients get their care team and are in scope.
    const team = stated ? await claimPushed(db, send, stated, now(), newClients) : undefined;
    // After the push, so what the team changed arrives on top of everything this device had sent.
    // The handoffs' first search goes with the pull's probes: it needs nothing the pull brings.
    const pull = await pullChanges(db, send, settings.fhirBase, now(), team?.scope, created, born, team ? [handoffProbeUrl(team)] : [], carried, scopeGroups);
    // The clients' server ids this round wrote, by Patient: the links before it hold for the rest (team-links.ts).
    const written = (...more: PullReport[]) => [...[...newClients].map(([clientId, patientId]) => [patientId, clientId] as const), ...[pull, ...more].flatMap((report) => [...report.linked])];
    // After the pull, so each covered client's handoff summary is written from everything this device holds.
    let clientOf = team ? await roundLinks(db, team.state, team.finished, written()) : new Map<string, string>();
    const covers = team ? await sendQueuedCovers(db, send, linkedToClients(team.state, clientOf), now()) : { problems: [], sent: [] };
    // Handoffs are read after the pull, so a covered client's first round has the client and the note.
    const { notes: handoffs, since: handoffsSince } = team ? await refreshHandoffs(send, team, pull.also?.[0]) : { notes: [], since: undefined };
    // A handoff's client the pull did not bring (erased here, or never mapped) is fetched whole, so the colleague can open it.
    const handoffClients = await pullPatients(db, send, handoffs.map((note) => note.patientId), now());
    if (team) {
      const state = { ...withSent(team.state, covers.sent), handoffs, ...(handoffsSince ? { handoffsSince } : {}) };
      // A handoff's client just pulled, or a handoff about a Patient the links above did not cover, adds to them.
      if (handoffClients.pulled || team.finished) clientOf = await roundLinks(db, state, team.finished, written(handoffClients));
      await saveLinkedTeam(db, state, deps.sealer, clientOf, basis?.stored);
    }
    const pulled = pull.pulled + handoffClients.pulled;
    const kept = heldBack ? [heldBack === 1 ? 'A change to a client no longer on your care teams stays on this device only.' : `${heldBack} changes to clients no longer on your care teams stay on this device only.`] : [];
    const problems = [...(team?.problems ?? []), ...kept, ...pull.problems, ...handoffClients.problems, ...covers.problems];
    const waiting = await countWaiting(db);
    // Edits made during the round wait for the next one; "synced" means nothing older is left.
    await saveSyncStatus(db, {
      failures: 0,
      ...(waiting === 0 ? { lastSyncedAt: now() } : status.lastSyncedAt !== undefined ? { lastSyncedAt: status.lastSyncedAt } : {}),
      ...(problems.length ? { skipped: problems.slice(0, MAX_PROBLEMS_KEPT) } : {}),
    });
    return { kind: 'synced', pushed, pulled, problems };
  } catch (failure) {
    const error = failure instanceof SyncError ? failure : new SyncError('bad-response', `Sync stopped on an unexpected problem: ${String(failure).slice(0, 300)}`);
    return recordFailure(db, status, settings, error, now());
  }
}

/** The copies of the queued records the server has, to ask for ahead: their server ids are looked up into `remembered`, which the push goes on with. */
async function updatesAhead(outbox: readonly OutboxEntry[], remembered: RememberedIds) {
  const records = outbox.filter((entry) => entry.store !== 'clients');
  await remembered.lookUp(records);
  return copiesAhead(records, remembered.ids);
}

/** What the last round kept of the team, for this server and user: its CareTeams' changes are searched from there (sync/team.ts). */
async function refreshBasis(deps: RoundDeps, settings: SyncSettings): Promise<RefreshBasis> {
  const stored = settings.fhirUser ? await loadTeamState(deps.db, deps.sealer, settings.fhirBase, relativeReference(settings.fhirUser)) : undefined;
  return { ...(stored ? { stored } : {}), ...(settings.connectedAt !== undefined ? { connectedAt: settings.connectedAt } : {}) };
}

async function recordFailure(db: RapportDb, status: SyncStatus, settings: SyncSettings, error: SyncError, now: number): Promise<RoundOutcome> {
  const base = { ...(status.lastSyncedAt !== undefined ? { lastSyncedAt: status.lastSyncedAt } : {}), lastError: error.message.slice(0, 500) };
  if (SIGN_IN_KINDS.includes(error.kind)) {
    await saveSyncStatus(db, { ...base, failures: status.failures + 1, signInRefusedFor: settings.connectedAt ?? 0 });
    return { kind: 'needs-sign-in' };
  }
  const failures = status.failures + 1;
  const retryAt = now + backoffDelay(failures, error.retryAfterMs);
  const serverRetryAt = error.retryAfterMs === undefined ? {} : { serverRetryAt: now + Math.min(error.retryAfterMs, BACKOFF_CAP_MS) };
  await saveSyncStatus(db, { ...base, failures, retryAt, ...serverRetryAt });
  return { kind: 'failed', error, retryAt };
}

/** The stored access token, refreshed through the server's token endpoint when about to lapse. */
export function accessTokenFor(deps: RoundDeps, settings: SyncSettings): () => Promise<string | undefined> {
  // Opened once a round (unsealing per request would be waste), again only when it lapses.
  let tokens: TokenSet | undefined;
  return async () => {
    tokens ??= await loadTokens(deps.db, deps.sealer);
    if (!tokens) return undefined;
    if (!needsRefresh(tokens, deps.now())) return tokens.accessToken;
    const send = deps.transport(settings.fhirBase);
    const smart: SmartDeps = { ...deps.smart, send, now: deps.now };
    tokens = await refreshTokens(await discover(settings.fhirBase, send), tokens, settings.clientId, smart);
    await saveTokens(deps.db, tokens, deps.sealer);
    return tokens.accessToken;
  };
}
