import * as v from 'valibot';
import type { RapportDb } from './db';
import { notifyChanged } from './changes';
import { LockedError, type VaultStatus } from './vault/codec';
import { openBytes, sealBytes, type DataKeys, type SealedBlob } from './vault/crypto';
import { CareTeamSchema, MAX_CARE_TEAMS, TeamStateSchema, type CareTeam, type TeamState } from '../model/team';
import { canonicalJson } from '../domain/canonical-json';

/**
 * The care team as the server last stated it (model/team.ts), in two meta entries. `sync:` keys, so
 * device entries: backups neither carry nor restore them (model/meta.ts), because the team is the
 * server's to state and the next round restates it. It names colleagues and which clients each
 * manages, so with a passphrase set both are sealed with the vault's data key like every client
 * record; an entry whose key is gone (passphrase removed) reads as "not pulled yet" and is pulled again.
 *
 * TEAM_STATE_KEY holds the whole state; TEAM_ROUND_KEY the fields every round moves (when it looked,
 * where the next searches for changes start). A round that changed nothing else writes only the
 * latter: rewriting the whole state cost a care manager's round its 750 teams copied into the store
 * (a supervisor's 5,000: 27-35 ms CPU in fake-indexeddb, median of 20), and woke every panel that
 * shows the team. Each write of the whole state takes a new edition, which the round entry names:
 * a round entry of another edition (the whole state written since by another writer, or by an
 * older version of Rapport that knew no round entry) is not laid over it.
 */
export const TEAM_STATE_KEY = 'sync:team';
export const TEAM_ROUND_KEY = 'sync:team:since';
const SEAL_CONTEXT = `meta/${TEAM_STATE_KEY}`;
const ROUND_SEAL_CONTEXT = `meta/${TEAM_ROUND_KEY}`;

/** The vault's state and, while it is unlocked, its data keys (sync/token-store.ts's sealer is one). */
export interface MetaSealer {
  status(): VaultStatus;
  keys(): Promise<DataKeys | undefined>;
}

const isBlob = (blob: unknown): boolean =>
  typeof blob === 'object' && blob !== null && (blob as SealedBlob).iv instanceof Uint8Array && (blob as SealedBlob).data instanceof Uint8Array;
const EditionSchema = v.pipe(v.number(), v.integer(), v.minValue(1));
const StoredSchema = v.union([
  v.strictObject({ clear: v.unknown(), edition: v.optional(EditionSchema) }),
  v.strictObject({ sealed: v.custom<SealedBlob>(isBlob), edition: v.optional(EditionSchema) }),
]);
type Stored = v.InferOutput<typeof StoredSchema>;

const ROUND_FIELDS = ['refreshedAt', 'careTeamsSince', 'handoffsSince', 'fullRefreshAt'] as const;
const RoundFieldsSchema = v.pick(TeamStateSchema, ROUND_FIELDS);
type RoundFields = v.InferOutput<typeof RoundFieldsSchema>;

/** The edition of the whole state each loaded state was read from (the round entry's, once saved), and whether it was sealed. */
const editions = new WeakMap<TeamState, { edition: number; sealed: boolean }>();

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

/**
 * `loaded`: the state this one was made from, as loadTeamState returned it. When the two differ only
 * in the round's fields (the same care team objects, as sync/team.ts keeps them when nothing
 * changed) and no one wrote the whole state since that load, only the round entry is written.
 */
export async function saveTeamState(db: RapportDb, state: TeamState, sealer: MetaSealer, loaded?: TeamState): Promise<void> {
  const clean = cleanState(state);
  const round = roundFields(clean);
  const loadedFrom = loaded && sameBeyondRound(clean, loaded) ? editions.get(loaded) : undefined;
  // A whole state kept in the clear before a passphrase was set (a rewrite copies meta entries as they are) is written
  // whole, sealed: only a state stored as the vault now asks may take a round-only write.
  const edition = loadedFrom && loadedFrom.sealed === (sealer.status() !== 'off') ? loadedFrom.edition : undefined;
  if (edition !== undefined) {
    const value = await stored(round, sealer, ROUND_SEAL_CONTEXT, edition);
    const tx = db.transaction('meta', 'readwrite');
    const current = v.safeParse(StoredSchema, (await tx.store.get(TEAM_ROUND_KEY))?.value);
    const unwritten = current.success && current.output.edition === edition;
    if (unwritten) void tx.store.put({ key: TEAM_ROUND_KEY, value });
    await tx.done;
    if (unwritten) return;
  }
  // Sealing awaits the vault, which no IndexedDB transaction outlives: the edition is taken after, in the transaction that writes.
  const [whole, since] = await Promise.all([stored(clean, sealer, SEAL_CONTEXT), stored(round, sealer, ROUND_SEAL_CONTEXT)]);
  const tx = db.transaction('meta', 'readwrite');
  const previous = v.safeParse(StoredSchema, (await tx.store.get(TEAM_ROUND_KEY))?.value);
  const next = (previous.success ? (previous.output.edition ?? 0) : 0) + 1;
  void tx.store.put({ key: TEAM_STATE_KEY, value: { ...whole, edition: next } });
  void tx.store.put({ key: TEAM_ROUND_KEY, value: { ...since, edition: next } });
  await tx.done;
  notifyChanged({ store: 'meta', ids: [TEAM_STATE_KEY] });
}

/** A value as a meta entry holds it: in the clear with sync's vault off, else sealed (throws while locked). */
async function stored(value: unknown, sealer: MetaSealer, context: string, edition?: number): Promise<Stored> {
  const numbered = edition === undefined ? {} : { edition };
  if (sealer.status() === 'off') return { clear: value, ...numbered };
  const keys = await sealer.keys();
  if (!keys) throw new LockedError();
  return { sealed: await sealBytes(keys, new TextEncoder().encode(JSON.stringify(value)), context), ...numbered };
}

/** A stored value opened: undefined when it does not parse, or is sealed with keys gone (sealer off); throws while locked. */
async function opened(value: unknown, sealer: MetaSealer, context: string): Promise<{ value: unknown; sealed: boolean; edition?: number } | undefined> {
  const parsed = v.safeParse(StoredSchema, value);
  if (!parsed.success) return undefined;
  const edition = parsed.output.edition === undefined ? {} : { edition: parsed.output.edition };
  if ('clear' in parsed.output) return { value: parsed.output.clear, sealed: false, ...edition };
  if (sealer.status() === 'off') return undefined;
  const keys = await sealer.keys();
  if (!keys) throw new LockedError();
  try {
    return { value: JSON.parse(new TextDecoder().decode(await openBytes(keys, parsed.output.sealed, context))), sealed: true, ...edition };
  } catch {
    return undefined;
  }
}

function roundFields(state: TeamState): RoundFields {
  return Object.fromEntries(ROUND_FIELDS.flatMap((field) => (state[field] === undefined ? [] : [[field, state[field]]]))) as RoundFields;
}

/** The same but for the round's fields: every care team the very same object, everything else the same JSON. */
function sameBeyondRound(state: TeamState, loaded: TeamState): boolean {
  if (state.careTeams.length !== loaded.careTeams.length || state.careTeams.some((team, i) => team !== loaded.careTeams[i])) return false;
  const rest = (whole: TeamState) => new Map(Object.entries(whole).filter(([field]) => field !== 'careTeams' && !(ROUND_FIELDS as readonly string[]).includes(field)));
  const [a, b] = [rest(state), rest(loaded)];
  return a.size === b.size && [...a].every(([field, value]) => canonicalJson(value) === canonicalJson(b.get(field)));
}

/** The team as last pulled for this server and user, or undefined (never pulled, another server, unreadable). */
export async function loadTeamState(db: RapportDb, sealer: MetaSealer, fhirBase: string, user: string): Promise<TeamState | undefined> {
  const tx = db.transaction('meta');
  const [wholeRow, roundRow] = await Promise.all([tx.store.get(TEAM_STATE_KEY), tx.store.get(TEAM_ROUND_KEY)]);
  await tx.done;
  const whole = await opened(wholeRow?.value, sealer, SEAL_CONTEXT);
  if (!whole) return undefined;
  const round = whole.edition === undefined ? undefined : await opened(roundRow?.value, sealer, ROUND_SEAL_CONTEXT);
  const laid = round && round.edition === whole.edition ? v.safeParse(RoundFieldsSchema, round.value) : undefined;
  const value = laid?.success && typeof whole.value === 'object' ? { ...withoutRoundFields(whole.value), ...laid.output } : whole.value;
  const state = v.safeParse(TeamStateSchema, value);
  if (!state.success || state.output.fhirBase !== fhirBase || state.output.user !== user) return undefined;
  for (const team of state.output.careTeams) keptChecked(team);
  if (whole.edition !== undefined) editions.set(state.output, { edition: whole.edition, sealed: whole.sealed });
  return state.output;
}

/** The whole state's own copy of the round's fields gives way to the round entry's, absent ones included. */
function withoutRoundFields(value: object | null): object {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([field]) => !(ROUND_FIELDS as readonly string[]).includes(field)));
}
