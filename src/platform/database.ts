import { takeOverLegacyWith } from '../store/current-generation';
import { openRapportDb, type RapportDb } from '../store/db';
import { takeOverLegacy } from '../store/legacy';
import { Vault } from '../store/vault/vault';
import { sessionKeyRing } from './session-keyring';

/** The database as every extension context opens it: with the vault attached, sealed or not. */
export async function openDatabase(): Promise<{ db: RapportDb; vault: Vault }> {
  takeOverLegacyWith(takeOverLegacy);
  const db = await openRapportDb();
  return { db, vault: await Vault.attach(db, sessionKeyRing()) };
}
