import type { RapportDb } from '../store/db';
import type { Vault } from '../store/vault/vault';
import type { KeyRing } from '../store/vault/keyring';
import { accessTokenFor, type RoundDeps } from '../sync/round';
import type { SyncSettings } from '../sync/settings';
import { vaultTokenSealer } from '../sync/token-store';
import { createTransport, type Send } from '../sync/transport';

/** What a round, or a request outside one, needs from the worker: one place for token handling and the transport. */
export function workerRoundDeps(db: RapportDb, vault: Vault, keyRing: KeyRing, now: () => number): RoundDeps {
  return {
    db,
    vaultStatus: () => vault.status,
    sealer: vaultTokenSealer(vault, keyRing),
    transport: (fhirBase, accessToken) => createTransport({ fhirBase, allowLoopbackHttp: __SYNC_LOOPBACK__, accessToken, now }),
    smart: {
      random: (bytes) => crypto.getRandomValues(new Uint8Array(bytes)),
      sha256: async (data) => new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource)),
    },
    now,
  };
}

/** A signed transport outside a round (a cover request): the same token handling a round uses. */
export function teamServerSend(keyRing: KeyRing, now: () => number) {
  return (db: RapportDb, vault: Vault, settings: SyncSettings): Send => {
    const deps = workerRoundDeps(db, vault, keyRing, now);
    return deps.transport(settings.fhirBase, accessTokenFor(deps, settings));
  };
}
