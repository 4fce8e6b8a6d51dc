import { afterEach, beforeEach, expect, test } from 'vitest';
import type { RapportDb } from '../../../../src/store/db';
import type { Vault } from '../../../../src/store/vault/vault';
import { loadTokens, saveTokens, SYNC_TOKENS_KEY, vaultTokenSealer } from '../../../../src/sync/token-store';
import { loadTeamState, saveTeamState, TEAM_ROUND_KEY, TEAM_STATE_KEY } from '../../../../src/store/team';
import { memoryKeyRing } from './memory-keyring';
import { ALICE_TEAM as TEAM, asStoredText, openVaulted, TEAM_BASE as BASE } from './vaulted-db';

const TOKENS = { accessToken: 'access-QX7', refreshToken: 'refresh-ZK9', expiresAt: Date.UTC(2026, 2, 2), scope: 'user/*.rs', fhirUser: 'Practitioner/alice' };

let db: RapportDb;
let vault: Vault;
const ring = memoryKeyRing();
beforeEach(async () => {
  ({ db, vault } = await openVaulted(ring));
});
afterEach(() => {
  vault.detach();
  db.close();
});

const rawMeta = async (key: string) => asStoredText((await db.get('meta', key))?.value);

test("setting a passphrase seals team sync's sign-in and care team in the database it writes, before any other save", async () => {
  const sealer = vaultTokenSealer(vault, ring);
  await saveTokens(db, TOKENS, sealer);
  await saveTeamState(db, TEAM, sealer);
  expect(await rawMeta(SYNC_TOKENS_KEY)).toContain('refresh-ZK9');

  await vault.enable('correct horse battery staple');

  for (const key of [SYNC_TOKENS_KEY, TEAM_STATE_KEY, TEAM_ROUND_KEY]) {
    const raw = await rawMeta(key);
    expect(raw, key).toContain('"sealed"');
    expect(raw, key).not.toMatch(/"clear"|access-QX7|refresh-ZK9|Alice|Bob|ct-1/);
  }
  expect(await loadTokens(db, sealer)).toEqual(TOKENS);
  expect(await loadTeamState(db, sealer, BASE, 'Practitioner/alice')).toEqual(TEAM);
});
