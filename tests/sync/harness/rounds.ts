import { webcrypto } from 'node:crypto';
import type { Bundle } from '@medplum/fhirtypes';
import type { RapportDb } from '../../../src/store/db';
import { Vault } from '../../../src/store/vault/vault';
import { saveSyncSettings } from '../../../src/sync/settings';
import { saveTokens } from '../../../src/sync/token-store';
import { createTransport, type RequestOptions, type Send } from '../../../src/sync/transport';
import { runSyncRound, type RoundOutcome } from '../../../src/sync/round';
import { rapportIdentifierQuery } from '../../../src/sync/bundle';
import { memoryKeyRing } from '../../unit/store/vault/memory-keyring';
import { TEST_ITERATIONS } from '../../unit/store/sealed-mode';
import { CLEAR_TOKENS } from './caseloads';
import type { LoopbackServer } from './loopback-server';
import { signInTokens, TEST_CLIENT_ID } from './sign-in';

/**
 * Caseloads that sync in full rounds (push, then pull) through the extension's own round, as the
 * service worker runs it. A sealed caseload has a passphrase set: its records are encrypted at rest.
 */
export interface Rounds {
  connected(user: string, options?: { sealed?: boolean }): Promise<RapportDb>;
  /** `through` wraps the round's transport (a colleague racing it, an answer lost). */
  round(db: RapportDb, now: number, through?: (send: Send) => Send): Promise<Extract<RoundOutcome, { kind: 'synced' }>>;
}

export function rounds(server: () => LoopbackServer, open: () => Promise<RapportDb>, connectedAt: number): Rounds {
  return {
    async connected(user, { sealed = false } = {}) {
      const db = await open();
      if (sealed) await (await Vault.attach(db, memoryKeyRing(), { iterations: TEST_ITERATIONS })).enable('correct horse battery staple');
      await saveSyncSettings(db, { enabled: true, fhirBase: server().fhirBase, clientId: TEST_CLIENT_ID, connectedAt });
      await saveTokens(db, await signInTokens(server(), user), CLEAR_TOKENS);
      return db;
    },
    async round(db, now, through = (send) => send) {
      const outcome = await runSyncRound({
        db,
        vaultStatus: () => 'off',
        sealer: CLEAR_TOKENS,
        transport: (fhirBase, accessToken) => through(createTransport({ fhirBase, allowLoopbackHttp: true, accessToken })),
        smart: { random: (bytes) => webcrypto.getRandomValues(new Uint8Array(bytes)), sha256: async (data) => new Uint8Array(await webcrypto.subtle.digest('SHA-256', data)) },
        now: () => now,
      });
      if (outcome.kind !== 'synced') throw new Error(`round: ${JSON.stringify(outcome)}`);
      return outcome;
    },
  };
}

/** Every copy the server holds of one Rapport record (a replay that created twice shows as two). */
export async function serverCopies<T>(send: Send, resourceType: string, rapportId: string): Promise<T[]> {
  const { body } = await send<Bundle>('GET', `${resourceType}?${rapportIdentifierQuery(rapportId)}`);
  return (body.entry ?? []).map((entry) => entry.resource as T);
}

/** `send`, with `colleague` run once just before the first transaction: a write between our read and our write. */
export function racedBy(send: Send, colleague: () => Promise<unknown>): Send {
  let raced = false;
  return async <T>(method: string, url: string, options?: RequestOptions) => {
    if (method === 'POST' && url === '' && !raced) {
      raced = true;
      await colleague();
    }
    return send<T>(method, url, options);
  };
}
