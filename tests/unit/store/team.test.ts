import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { RapportDb } from '../../../src/store/db';
import type { Vault } from '../../../src/store/vault/vault';
import { vaultTokenSealer } from '../../../src/sync/token-store';
import { loadTeamState, saveTeamState, TEAM_STATE_KEY } from '../../../src/store/team';
import { isDeviceMetaKey } from '../../../src/model/meta';
import { memoryKeyRing } from './vault/memory-keyring';
import { ALICE_TEAM as STATE, asStoredText, openVaulted, TEAM_BASE as BASE } from './vault/vaulted-db';

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

const raw = async () => asStoredText(await db.get('meta', TEAM_STATE_KEY));

describe('team state at rest', () => {
  test('is a device entry: backups neither carry nor restore it', () => {
    expect(isDeviceMetaKey(TEAM_STATE_KEY)).toBe(true);
  });

  test('without a passphrase it reads back for its server and user only', async () => {
    const sealer = vaultTokenSealer(vault, ring);
    await saveTeamState(db, STATE, sealer);
    expect(await loadTeamState(db, sealer, BASE, 'Practitioner/alice')).toEqual(STATE);
    expect(await loadTeamState(db, sealer, 'https://other.example.org/', 'Practitioner/alice')).toBeUndefined();
    expect(await loadTeamState(db, sealer, BASE, 'Practitioner/bob')).toBeUndefined();
  });

  test("a save checks every team it has not checked: a loaded state's teams are frozen, and a team added or changed since is checked and refused when it does not fit", async () => {
    const sealer = vaultTokenSealer(vault, ring);
    await saveTeamState(db, STATE, sealer);
    const loaded = (await loadTeamState(db, sealer, BASE, 'Practitioner/alice'))!;
    expect(Object.isFrozen(loaded.careTeams[0])).toBe(true);
    expect(() => (loaded.careTeams[0]!.participants as unknown[]).push({})).toThrow(TypeError);
    const bad = { serverId: 'ct 2', patientId: 'p-2', active: true, participants: [] };
    await expect(saveTeamState(db, { ...loaded, careTeams: [...loaded.careTeams, bad] }, sealer)).rejects.toThrow();
    await expect(saveTeamState(db, { ...loaded, careTeams: [{ ...loaded.careTeams[0]!, patientId: 'p/1' }] }, sealer)).rejects.toThrow();
    const added = { serverId: 'ct-2', patientId: 'p-2', active: false, participants: [] };
    await saveTeamState(db, { ...loaded, careTeams: [...loaded.careTeams, added] }, sealer);
    expect((await loadTeamState(db, sealer, BASE, 'Practitioner/alice'))!.careTeams).toEqual([...STATE.careTeams, added]);
  });

  test('with a passphrase no name is in the raw database, and it reads back; after the passphrase is removed it reads as not pulled', async () => {
    await vault.enable('correct horse battery staple');
    const sealer = vaultTokenSealer(vault, ring);
    await saveTeamState(db, STATE, sealer);
    expect(await raw()).not.toMatch(/Alice|Bob|alice|p-1/);
    expect(await loadTeamState(db, sealer, BASE, 'Practitioner/alice')).toEqual(STATE);
    await vault.disable('correct horse battery staple');
    expect(await loadTeamState(db, sealer, BASE, 'Practitioner/alice')).toBeUndefined();
  });

  test('a state kept in the clear before a passphrase was set is sealed by the next save, even one that moves only the round fields', async () => {
    const sealer = vaultTokenSealer(vault, ring);
    await saveTeamState(db, STATE, sealer);
    const loaded = (await loadTeamState(db, sealer, BASE, 'Practitioner/alice'))!;
    await vault.enable('correct horse battery staple');
    await saveTeamState(db, { ...loaded, refreshedAt: STATE.refreshedAt + 60_000 }, sealer, loaded);
    expect(await raw()).not.toMatch(/Alice|Bob|alice|p-1/);
    expect((await loadTeamState(db, sealer, BASE, 'Practitioner/alice'))!.refreshedAt).toBe(STATE.refreshedAt + 60_000);
  });
});
