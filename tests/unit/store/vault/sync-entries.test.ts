import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { openRapportDb, type RapportDb } from '../../../../src/store/db';
import { Vault } from '../../../../src/store/vault/vault';
import { loadTokens, saveTokens, SYNC_TOKENS_KEY, vaultTokenSealer } from '../../../../src/sync/token-store';
import { loadTeamState, saveTeamState, TEAM_ROUND_KEY, TEAM_STATE_KEY } from '../../../../src/store/team';
import type { TeamState } from '../../../../src/model/team';
import { memoryKeyRing } from './memory-keyring';

const BASE = 'https://fhir.example.org/R4/';
const TOKENS = { accessToken: 'access-QX7', refreshToken: 'refresh-ZK9', expiresAt: Date.UTC(2026, 2, 2), scope: 'user/*.rs', fhirUser: 'Practitioner/alice' };
const TEAM: TeamState = {
  fhirBase: BASE,
  user: 'Practitioner/alice',
  userDisplay: 'Alice Ames',
  role: 'care-manager',
  colleagues: [{ member: 'Practitioner/bob', display: 'Bob Burns' }],
  careTeams: [{ serverId: 'ct-1', patientId: 'p-1', active: true, participants: [{ member: 'Practitioner/alice', display: 'Alice Ames', role: 'primary' }] }],
  refreshedAt: Date.UTC(2026, 2, 2),
};

let db: RapportDb;
let vault: Vault;
const ring = memoryKeyRing();
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb();
  vault = await Vault.attach(db, ring, { iterations: 1000 });
});
afterEach(() => {
  vault.detach();
  db.close();
});

const rawMeta = async (key: string) =>
  JSON.stringify((await db.get('meta', key))?.value, (_k, value: unknown) => (value instanceof Uint8Array ? new TextDecoder('latin1').decode(value) : value));

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
