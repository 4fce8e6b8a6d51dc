import * as v from 'valibot';
import type { RapportDb } from './db';
import { notifyChanged } from './changes';
import { LockedError, type VaultStatus } from './vault/codec';
import { openBytes, sealBytes, type DataKeys, type SealedBlob } from './vault/crypto';
import { CareTeamSchema, MAX_CARE_TEAMS, TeamStateSchema, type CareTeam, type TeamState } from '../model/team';

/**
 * The care team as the server last stated it (model/team.ts), one meta entry. A `sync:` key, so a
 * device entry: backups neither carry nor restore it (model/meta.ts), because it is the server's
 * to state and the next round restates it. It names colleagues and which clients each manages,
 * so with a passphrase set it is sealed with the vault's data key like every client record; an
 * entry whose key is gone (passphrase removed) reads as "not pulled yet" and is pulled again.
 */
export const TEAM_STATE_KEY = 'sync:team';
const SEAL_CONTEXT = `meta/${TEAM_STATE_KEY}`;

/** The vault's state and, while it is unlocked, its data keys (sync/token-store.ts's sealer is one). */
export interface MetaSealer {
  status(): VaultStatus;
  keys(): Promise<DataKeys | undefined>;
}

const isBlob = (blob: unknown): boolean =>
  typeof blob === 'object' && blob !== null && (blob as SealedBlob).iv instanceof Uint8Array && (blob as SealedBlob).data instanceof Uint8Array;
const StoredSchema = v.union([v.strictObject({ clear: v.unknown() }), v.strictObject({ sealed: v.custom<SealedBlob>(isBlob) })]);

/**
 * Care teams as the schema returned them, from a load or a save, frozen so they cannot change after:
 * a supervisor's state holds thousands and a round changes a few, so a save checks only the teams it
 * has not seen checked (a save of 5,000 spent most of its time checking the unchanged ones again).
 */
const checked = new WeakSet<CareTeam>();

function keptChecked(team: CareTeam): CareTeam {
  for (const participant of team.participants) Object.freeze(participant);
  Object.freeze(team.participants);
  checked.add(Object.freeze(team));
  return team;
}

function cleanState(state: TeamState): TeamState {
  const { careTeams, ...rest } = state;
  if (careTeams.length > MAX_CARE_TEAMS) return v.parse(TeamStateSchema, state);
  const careTeamsClean = careTeams.map((team) => (checked.has(team) ? team : keptChecked(v.parse(CareTeamSchema, team))));
  return { ...v.parse(TeamStateSchema, { ...rest, careTeams: [] }), careTeams: careTeamsClean };
}

export async function saveTeamState(db: RapportDb, state: TeamState, sealer: MetaSealer): Promise<void> {
  const clean = cleanState(state);
  let value: v.InferOutput<typeof StoredSchema>;
  if (sealer.status() === 'off') {
    value = { clear: clean };
  } else {
    const keys = await sealer.keys();
    if (!keys) throw new LockedError();
    value = { sealed: await sealBytes(keys, new TextEncoder().encode(JSON.stringify(clean)), SEAL_CONTEXT) };
  }
  await db.put('meta', { key: TEAM_STATE_KEY, value });
  notifyChanged({ store: 'meta', ids: [TEAM_STATE_KEY] });
}

/** The team as last pulled for this server and user, or undefined (never pulled, another server, unreadable). */
export async function loadTeamState(db: RapportDb, sealer: MetaSealer, fhirBase: string, user: string): Promise<TeamState | undefined> {
  const stored = v.safeParse(StoredSchema, (await db.get('meta', TEAM_STATE_KEY))?.value);
  if (!stored.success) return undefined;
  let value: unknown;
  if ('clear' in stored.output) {
    value = stored.output.clear;
  } else {
    if (sealer.status() === 'off') return undefined;
    const keys = await sealer.keys();
    if (!keys) throw new LockedError();
    try {
      value = JSON.parse(new TextDecoder().decode(await openBytes(keys, stored.output.sealed, SEAL_CONTEXT)));
    } catch {
      return undefined;
    }
  }
  const state = v.safeParse(TeamStateSchema, value);
  if (!state.success || state.output.fhirBase !== fhirBase || state.output.user !== user) return undefined;
  for (const team of state.output.careTeams) keptChecked(team);
  return state.output;
}
