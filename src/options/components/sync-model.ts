import { signal } from '@preact/signals';
import type { RapportDb } from '../../store/db';
import type { VaultStatus } from '../../store/vault/codec';
import { SyncError } from '../../sync/errors';
import { checkConnectionInput, loadSyncSettings, originPattern, saveSyncSettings, SyncSettingsSchema, type SyncSettings } from '../../sync/settings';
import { beginSignIn, completeSignIn, discover, type SmartDeps } from '../../sync/smart';
import { forgetTokens, saveTokens, sealTokensIfClear, tokensInClear, type TokenSealer } from '../../sync/token-store';
import type { Send } from '../../sync/transport';
import * as v from 'valibot';
import type { SyncStatusView } from '../../model/sync-settings';
import { onChanged } from '../../store/changes';
import { SHARED_STORES } from '../../domain/fhir/shared';
import { loadSyncStatus, saveSyncStatus } from '../../sync/status';
import { META_KEYS } from '../../model/meta';

/** What the Team sync section needs from the browser; sync-host-extension.ts is the real one. */
export interface SyncHost {
  /** permissions.request for the server's origin and `identity`: must start before any await. */
  requestAccess(originPattern: string): Promise<boolean>;
  /** permissions.remove; false when the browser refuses (a build that holds the grant statically). */
  removeAccess(originPattern: string): Promise<boolean>;
  /** Test builds let loopback http through (the e2e harness server); store builds never do. */
  allowLoopbackHttp: boolean;
  /** An anonymous transport to that one server, for discovery and the token endpoint. */
  transport(fhirBase: string): Send;
  redirectUrl(): string;
  /** Opens the sign-in window; resolves with the URL the server redirected back to. */
  signInWindow(authorizeUrl: string): Promise<string>;
  smart: Omit<SmartDeps, 'send'>;
  now(): number;
  /** The background's answer to `sync/status`; `run` runs a round first. */
  syncStatus(run: boolean): Promise<SyncStatusView>;
  /** Calls `tick` now and then, so "synced N minutes ago" stays true; returns the stop. */
  every(ms: number, tick: () => void): () => void;
}

export interface SyncVault {
  readonly status: VaultStatus;
  onStatus(listener: (status: VaultStatus) => void): () => void;
}

export type SyncMessage = { key: string; substitutions?: string[] } | { text: string };

function wordsFor(error: unknown): string {
  if (error instanceof SyncError) return error.message;
  return `Sign-in did not finish: ${error instanceof Error ? error.message : String(error)}`;
}

/** Connecting this browser to the team's FHIR server and disconnecting it again. */
export function createSyncModel(host: SyncHost, db: RapportDb, vault: SyncVault, sealer: TokenSealer) {
  const settings = signal<SyncSettings | null>(null);
  const busy = signal(false);
  const error = signal<string | null>(null);
  const tokensClear = signal(false);
  const vaultStatus = signal<VaultStatus>(vault.status);
  const status = signal<SyncStatusView | null>(null);
  const now = signal(host.now());
  let disposed = false;

  async function refreshStatus(run = false) {
    try {
      status.value = await host.syncStatus(run);
    } catch (failure) {
      // The worker may be starting; the next change or tick asks again. A page already closed asks nothing.
      if (!disposed) console.warn('[rapport] sync status', failure);
    }
    now.value = host.now();
  }
  // A write anywhere may queue a change; a round ends with its status in meta.
  const stopListening = onChanged((change) => {
    if (change.store === 'meta' || (SHARED_STORES as readonly string[]).includes(change.store)) void refreshStatus();
    // Setting a passphrase says "unlocked" before its key reaches the key ring and before the records
    // move to the sealed database: only its own meta entry, written last, says the key is there.
    if (change.store === 'meta' && change.ids.includes(META_KEYS.vault)) sealClearTokens();
  });
  const stopTicking = host.every(30_000, () => (now.value = host.now()));

  async function refresh() {
    settings.value = await loadSyncSettings(db);
    tokensClear.value = await tokensInClear(db);
  }

  /** A passphrase set after sign-in: the tokens stored in the clear are sealed at once. */
  function sealClearTokens() {
    void sealTokensIfClear(db, sealer)
      .then(refresh)
      // A SyncError here is a key not in the ring yet: the vault's meta change brings it.
      .catch((failure: unknown) => failure instanceof SyncError || console.warn('[rapport] sealing sync tokens', failure));
  }

  const stopWatching = vault.onStatus((status) => {
    vaultStatus.value = status;
    if (status === 'unlocked') sealClearTokens();
  });

  /** `kept`: what a sign-in again carries over from the connection it renews (the team role). */
  async function signIn(fhirBase: string, clientId: string, kept: Pick<SyncSettings, 'role'> = {}) {
    const send = host.transport(fhirBase);
    const deps: SmartDeps = { ...host.smart, send };
    const config = await discover(fhirBase, send);
    const pending = await beginSignIn(config, fhirBase, clientId, host.redirectUrl(), deps);
    const returned = await host.signInWindow(pending.authorizeUrl);
    const tokens = await completeSignIn(config, pending, returned, clientId, deps);
    await saveTokens(db, tokens, sealer);
    const fhirUser = v.is(SyncSettingsSchema.entries.fhirUser, tokens.fhirUser) ? tokens.fhirUser : undefined;
    await saveSyncSettings(db, { ...kept, enabled: true, fhirBase, clientId, fhirUser, connectedAt: host.now() });
  }

  /** Permission first (see connect), then the sign-in; false with `error` set when it did not finish. */
  function withAccess(fhirBase: string, work: () => Promise<void>, onFailure: (pattern: string) => Promise<void>): Promise<boolean> {
    const pattern = originPattern(fhirBase);
    // Firefox honours permissions.request only as the first call of a user action: no await before it.
    const access = host.requestAccess(pattern);
    busy.value = true;
    error.value = null;
    return (async () => {
      try {
        if (!(await access)) {
          error.value = 'Rapport needs your permission to reach the team server. Nothing was sent; press Connect again and allow it.';
          return false;
        }
        await work();
        return true;
      } catch (failure) {
        error.value = wordsFor(failure);
        await onFailure(pattern);
        return false;
      } finally {
        await refresh();
        busy.value = false;
      }
    })();
  }

  function refusedWhileLocked(): boolean {
    if (vault.status !== 'locked') return false;
    error.value = 'Rapport is locked: enter your passphrase first, so the team-server sign-in can be kept sealed.';
    return true;
  }

  return {
    settings,
    busy,
    error,
    tokensClear,
    vaultStatus,
    status,
    now,
    load: () => Promise.all([refresh(), refreshStatus()]).then(() => undefined),
    dispose() {
      disposed = true;
      stopWatching();
      stopListening();
      stopTicking();
    },
    /** "Sync now": a round at once, whatever the schedule (a backoff still holds). */
    syncNow: () => refreshStatus(true),

    /** Called straight from the click: the permission request is its first asynchronous step. */
    connect(fhirBaseInput: string, clientIdInput: string): Promise<boolean> {
      if (busy.value) return Promise.resolve(false);
      let input: { fhirBase: string; clientId: string };
      try {
        input = checkConnectionInput(fhirBaseInput, clientIdInput, host.allowLoopbackHttp);
      } catch (failure) {
        error.value = wordsFor(failure);
        return Promise.resolve(false);
      }
      if (refusedWhileLocked()) return Promise.resolve(false);
      return withAccess(
        input.fhirBase,
        () => signIn(input.fhirBase, input.clientId),
        async (pattern) => {
          await host.removeAccess(pattern).catch(() => false);
          const current = await loadSyncSettings(db);
          await saveSyncSettings(db, { ...current, enabled: false, lastError: (error.value ?? '').slice(0, 500) });
        },
      );
    },

    /**
     * The SMART sign-in again for the connection as it stands: settings and the outbox are kept,
     * and so is the connection when it does not finish. A new `connectedAt` is what lifts a refused
     * sign-in (status.ts); the stored failure and its backoff go too, and a round runs at once.
     */
    signInAgain(): Promise<boolean> {
      const current = settings.value;
      if (busy.value || !current?.enabled || !current.fhirBase) return Promise.resolve(false);
      if (refusedWhileLocked()) return Promise.resolve(false);
      return withAccess(
        current.fhirBase,
        async () => {
          await signIn(current.fhirBase, current.clientId, current.role ? { role: current.role } : {});
          const { lastError: _refused, signInRefusedFor: _for, retryAt: _wait, ...kept } = await loadSyncStatus(db);
          await saveSyncStatus(db, { ...kept, failures: 0 });
          void refreshStatus(true);
        },
        async () => undefined,
      );
    },

    /** Forgets the sign-in and gives the server's origin back: nothing more is sent. */
    async disconnect(): Promise<void> {
      if (busy.value) return;
      busy.value = true;
      try {
        const current = await loadSyncSettings(db);
        await forgetTokens(db);
        await saveSyncSettings(db, { enabled: false, fhirBase: current.fhirBase, clientId: current.clientId });
        if (current.fhirBase) await host.removeAccess(originPattern(current.fhirBase)).catch(() => false);
        error.value = null;
      } finally {
        await refresh();
        busy.value = false;
      }
    },
  };
}

export type SyncModel = ReturnType<typeof createSyncModel>;
