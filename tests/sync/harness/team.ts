import { webcrypto } from 'node:crypto';
import type { RapportDb } from '../../../src/store/db';
import { saveSyncSettings } from '../../../src/sync/settings';
import { saveTokens } from '../../../src/sync/token-store';
import { createTransport } from '../../../src/sync/transport';
import { runSyncRound, type RoundDeps, type RoundOutcome } from '../../../src/sync/round';
import { TEAM_ROLE_SYSTEM } from '../../../src/domain/fhir/practitioner-role';
import { CLEAR_TOKENS } from './caseloads';
import { signInTokens, TEST_CLIENT_ID } from './sign-in';
import { startLoopbackServer, type LoopbackServer } from './loopback-server';

/** A team on the test server: an Organization, and each person's Practitioner with a Rapport-coded PractitionerRole in it. */
export async function seedTeam(server: LoopbackServer, team: string, people: Record<string, { name: string; role: 'care-manager' | 'supervisor' }>): Promise<void> {
  const { engine } = server;
  await engine.handle('PUT', `Organization/${team}`, { resourceType: 'Organization', id: team, name: team });
  for (const [id, person] of Object.entries(people)) {
    await engine.handle('PUT', `Practitioner/${id}`, { resourceType: 'Practitioner', id, name: [{ text: person.name }] });
    await engine.handle('POST', 'PractitionerRole', {
      resourceType: 'PractitionerRole',
      practitioner: { reference: `Practitioner/${id}`, display: person.name },
      organization: { reference: `Organization/${team}` },
      code: [{ coding: [{ system: TEAM_ROLE_SYSTEM, code: person.role }] }],
    });
  }
}

/** A caseload connected to the server and signed in as `user`, whose fhirUser is `Practitioner/<user>`. */
export async function connectedAs(db: RapportDb, server: LoopbackServer, user: string, connectedAt: number): Promise<RapportDb> {
  await saveSyncSettings(db, { enabled: true, fhirBase: server.fhirBase, clientId: TEST_CLIENT_ID, connectedAt, fhirUser: `Practitioner/${user}` });
  await saveTokens(db, await signInTokens(server, user), CLEAR_TOKENS);
  return db;
}

export function roundDeps(db: RapportDb, now: number): RoundDeps {
  return {
    db,
    vaultStatus: () => 'off',
    sealer: CLEAR_TOKENS,
    transport: (fhirBase, accessToken) => createTransport({ fhirBase, allowLoopbackHttp: true, accessToken }),
    smart: { random: (bytes) => webcrypto.getRandomValues(new Uint8Array(bytes)), sha256: async (data) => new Uint8Array(await webcrypto.subtle.digest('SHA-256', data)) },
    now: () => now,
  };
}

export async function syncedRound(db: RapportDb, now: number): Promise<Extract<RoundOutcome, { kind: 'synced' }>> {
  const outcome = await runSyncRound(roundDeps(db, now));
  if (outcome.kind !== 'synced') throw new Error(`round: ${JSON.stringify(outcome)}`);
  return outcome;
}

/** A test server whose team `team` is the care managers named (sign-in id → display name), each able to sign in. */
export async function startTeamServer(team: string, managers: Record<string, string>): Promise<LoopbackServer> {
  const server = await startLoopbackServer({ users: Object.fromEntries(Object.keys(managers).map((id) => [id, { fhirUser: `Practitioner/${id}` }])) });
  await seedTeam(server, team, Object.fromEntries(Object.entries(managers).map(([id, name]) => [id, { name, role: 'care-manager' as const }])));
  return server;
}
