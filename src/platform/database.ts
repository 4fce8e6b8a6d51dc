import { DB_NAME, openRapportDb, type RapportDb } from '../store/db';
import { STAGING_SUFFIX } from '../store/vault/staging';
import { Vault } from '../store/vault/vault';
import { sessionKeyRing } from './session-keyring';

/** The database as every extension context opens it: with the vault attached, sealed or not. */
export async function openDatabase(): Promise<{ db: RapportDb; vault: Vault }> {
  // A passphrase set in a browser that stopped half-way is finished first (vault/fresh.ts). The
  // finishing code loads only then; a worker, which may not load code later, leaves it to a page.
  if (await sealingWasInterrupted()) {
    await import('../store/vault/fresh')
      .then(({ finishInterruptedSealing }) => finishInterruptedSealing())
      .catch((error: unknown) => console.warn('[rapport] finishing an interrupted sealing', error));
  }
  const db = await openRapportDb();
  return { db, vault: await Vault.attach(db, sessionKeyRing()) };
}

async function sealingWasInterrupted(): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return false;
  return (await indexedDB.databases()).some((info) => info.name === `${DB_NAME}${STAGING_SUFFIX}`);
}
