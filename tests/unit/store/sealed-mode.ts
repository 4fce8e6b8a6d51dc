import type { RapportDb } from '../../../src/store/db';
import { type KeyRing } from '../../../src/store/vault/keyring';
import { Vault } from '../../../src/store/vault/vault';
import { memoryKeyRing } from './vault/memory-keyring';

/**
 * The "sealed" test project (vitest.config.ts) runs the store and panel suites again with a
 * passphrase set, so every store path is exercised on encrypted records too.
 */
export const SEALED = process.env.RAPPORT_SEALED === '1';

/** Cheap PBKDF2 for tests only; the shipped default is checked in vault.test.ts. */
export const TEST_ITERATIONS = 1_000;

let ring: KeyRing | undefined;

/** `anotherWindow`: a second connection to the database sealed last, sharing its unlocked key. */
export async function sealIfAsked(db: RapportDb, anotherWindow = false): Promise<void> {
  if (!SEALED) return;
  if (anotherWindow && ring) {
    await Vault.attach(db, ring);
    return;
  }
  ring = memoryKeyRing();
  const vault = await Vault.attach(db, ring, { iterations: TEST_ITERATIONS });
  await vault.enable('correct horse battery staple');
}
