import { openRapportDb, type RapportDb } from '../store/db';
import { finishInterruptedSealing } from '../store/vault/fresh';
import { Vault } from '../store/vault/vault';
import { sessionKeyRing } from './session-keyring';

/** The database as every extension context opens it: with the vault attached, sealed or not. */
export async function openDatabase(): Promise<{ db: RapportDb; vault: Vault }> {
  // A passphrase set in a browser that stopped half-way is finished first (vault/fresh.ts).
  await finishInterruptedSealing();
  const db = await openRapportDb();
  return { db, vault: await Vault.attach(db, sessionKeyRing()) };
}
