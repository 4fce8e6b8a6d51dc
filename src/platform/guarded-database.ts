import { openRapportDb, type RapportDb } from '../store/db';
import { VaultGuard } from '../store/vault/guard';
import { sessionKeyRing } from './session-keyring';

/**
 * The database as the side panel opens it: behind the vault guard, so the crypto code loads only
 * when a passphrase is set (the panel's first paint stays small for everyone else).
 */
export async function openGuardedDatabase(): Promise<{ db: RapportDb; vault: VaultGuard }> {
  const db = await openRapportDb();
  return { db, vault: await VaultGuard.attach(db, sessionKeyRing()) };
}
