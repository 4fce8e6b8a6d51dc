import { IDBFactory } from 'fake-indexeddb';
import { openRapportDb, type RapportDb } from '../../../../src/store/db';
import type { KeyRing } from '../../../../src/store/vault/keyring';
import { Vault } from '../../../../src/store/vault/vault';
import type { TeamState } from '../../../../src/model/team';
import { TEST_ITERATIONS } from '../sealed-mode';

/** A fresh database with a vault attached (cheap PBKDF2), as the worker and the options page hold them. */
export async function openVaulted(ring: KeyRing): Promise<{ db: RapportDb; vault: Vault }> {
  globalThis.indexedDB = new IDBFactory();
  const db = await openRapportDb();
  return { db, vault: await Vault.attach(db, ring, { iterations: TEST_ITERATIONS }) };
}

/** A stored value as a thief of the profile folder reads it: byte arrays as text. */
export const asStoredText = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) => (inner instanceof Uint8Array ? new TextDecoder('latin1').decode(inner) : inner));

export const TEAM_BASE = 'https://fhir.example.org/R4/';

/** Alice's team as a sync round keeps it: one colleague, one care team she is the primary of. */
export const ALICE_TEAM: TeamState = {
  fhirBase: TEAM_BASE,
  user: 'Practitioner/alice',
  userDisplay: 'Alice Ames',
  role: 'care-manager',
  colleagues: [{ member: 'Practitioner/bob', display: 'Bob Burns' }],
  careTeams: [{ serverId: 'ct-1', patientId: 'p-1', active: true, participants: [{ member: 'Practitioner/alice', display: 'Alice Ames', role: 'primary' }] }],
  refreshedAt: Date.UTC(2026, 2, 2),
};
