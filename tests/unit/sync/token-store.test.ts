import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { RapportDb } from '../../../src/store/db';
import type { KeyRing } from '../../../src/store/vault/keyring';
import { memoryKeyRing } from '../store/vault/memory-keyring';
import type { Vault } from '../../../src/store/vault/vault';
import { asStoredText, openVaulted } from '../store/vault/vaulted-db';
import { forgetTokens, loadTokens, saveTokens, sealTokensIfClear, tokensInClear, vaultTokenSealer } from '../../../src/sync/token-store';
import type { TokenSet } from '../../../src/sync/smart';

const PASSPHRASE = 'correct horse battery staple';
const TOKENS: TokenSet = {
  accessToken: 'access-SECRET-7f3a9c',
  refreshToken: 'refresh-SECRET-d81e22',
  expiresAt: 1_700_000_000_000,
  scope: 'openid fhirUser offline_access',
  fhirUser: 'Practitioner/p1',
};

let db: RapportDb;
let ring: KeyRing;
let vault: Vault;
beforeEach(async () => {
  ring = memoryKeyRing();
  ({ db, vault } = await openVaulted(ring));
});
afterEach(() => {
  vault.detach();
  db.close();
});

/** The whole meta store as a thief of the profile folder would read it, byte arrays as text. */
async function rawMeta(): Promise<string> {
  return asStoredText(await db.getAll('meta'));
}

const secretsIn = (raw: string) => [TOKENS.accessToken, TOKENS.refreshToken!].filter((secret) => raw.includes(secret));

describe('SMART tokens at rest', () => {
  test('with no passphrase they are stored in the clear, and the store says so (the UI warns)', async () => {
    const sealer = vaultTokenSealer(vault, ring);
    await saveTokens(db, TOKENS, sealer);
    expect(await tokensInClear(db)).toBe(true);
    expect(await loadTokens(db, sealer)).toEqual(TOKENS);
  });

  test('with a passphrase set, neither token appears in the raw database, and they read back', async () => {
    await vault.enable(PASSPHRASE);
    const sealer = vaultTokenSealer(vault, ring);
    await saveTokens(db, TOKENS, sealer);
    expect(secretsIn(await rawMeta())).toEqual([]);
    expect(await tokensInClear(db)).toBe(false);
    expect(await loadTokens(db, sealer)).toEqual(TOKENS);
  });

  test('the raw check would see a token stored in the clear (the test can fail)', async () => {
    await saveTokens(db, TOKENS, vaultTokenSealer(vault, ring));
    expect(secretsIn(await rawMeta())).toHaveLength(2);
  });

  test('locked: tokens can be neither saved nor read, and nothing is written in the clear', async () => {
    await vault.enable(PASSPHRASE);
    const sealer = vaultTokenSealer(vault, ring);
    await saveTokens(db, TOKENS, sealer);
    await vault.lock();
    await expect(loadTokens(db, sealer)).rejects.toThrow(/passphrase/);
    await expect(saveTokens(db, { ...TOKENS, accessToken: 'new-SECRET' }, sealer)).rejects.toThrow(/passphrase/);
    expect(await rawMeta()).not.toContain('new-SECRET');
    await vault.unlock(PASSPHRASE);
    expect(await loadTokens(db, sealer)).toEqual(TOKENS);
  });

  test('a passphrase set after sign-in seals the tokens stored in the clear', async () => {
    const sealer = vaultTokenSealer(vault, ring);
    await saveTokens(db, TOKENS, sealer);
    await vault.enable(PASSPHRASE);
    await sealTokensIfClear(db, sealer);
    expect(secretsIn(await rawMeta())).toEqual([]);
    expect(await loadTokens(db, sealer)).toEqual(TOKENS);
  });

  test('a sealed blob moved or altered does not open', async () => {
    await vault.enable(PASSPHRASE);
    const sealer = vaultTokenSealer(vault, ring);
    await saveTokens(db, TOKENS, sealer);
    const entry = (await db.get('meta', 'sync-tokens'))!;
    const value = entry.value as { sealed: { iv: Uint8Array; data: Uint8Array } };
    value.sealed.data[0]! ^= 1;
    await db.put('meta', entry);
    await expect(loadTokens(db, sealer)).rejects.toThrow();
  });

  test('forgetting removes them', async () => {
    const sealer = vaultTokenSealer(vault, ring);
    await saveTokens(db, TOKENS, sealer);
    await forgetTokens(db);
    expect(await loadTokens(db, sealer)).toBeUndefined();
  });
});
