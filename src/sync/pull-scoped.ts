import * as v from 'valibot';
import type { RapportDb } from '../store/db';
import type { SharedStore } from '../domain/fhir/shared';
import { EMPTY_CHECKPOINT, type Checkpoint } from './pull';
import { chunks as inGroups, IDS_PER_SEARCH } from './team';

/**
 * The pull restricted to the patients of the user's care teams. Searches name the patients in
 * comma lists (`_id`, `subject`, `patient`) of at most IDS_PER_SEARCH, and each such group keeps
 * its own checkpoints: one checkpoint over several searches could only be the newest any of them
 * saw, which skips what changed in an earlier search's patients while a later one ran.
 *
 * A patient joining the scope is pulled whole (its history predates every checkpoint) after the
 * groups already known, then joins a group: that group's checkpoints were taken before the whole
 * pull began, so nothing that changes afterwards is missed. A patient leaving the scope (the care
 * team no longer lists the user) leaves its group and stops syncing; what this device holds for
 * that client stays, never deleted: the care manager's own notes are not the server's to take back.
 */

export type PullOne = (
  store: SharedStore,
  resourceType: string,
  checkpoint: Checkpoint,
  save: (next: Checkpoint) => Promise<void>,
  extra: Record<string, string>,
) => Promise<Checkpoint>;

const patients = (ids: readonly string[]) => ids.map((id) => `Patient/${id}`).join(',');
const SCOPED: readonly [SharedStore, string, (ids: readonly string[]) => Record<string, string>][] = [
  ['clients', 'Patient', (ids) => ({ _id: ids.join(',') })],
  ['contacts', 'Communication', (ids) => ({ subject: patients(ids) })],
  ['callbacks', 'Task', (ids) => ({ patient: patients(ids) })],
  ['painPoints', 'Condition', (ids) => ({ subject: patients(ids) })],
];

export const SCOPE_KEY = 'sync:pull:scope';
const CheckpointSchema = v.object({ lastUpdated: v.optional(v.string()), seenAtInstant: v.pipe(v.array(v.string()), v.maxLength(10_000)) });
const GroupSchema = v.object({
  patients: v.pipe(v.array(v.string()), v.maxLength(IDS_PER_SEARCH)),
  checkpoints: v.record(v.string(), CheckpointSchema),
});
const ScopeSchema = v.object({ fhirBase: v.string(), groups: v.pipe(v.array(GroupSchema), v.maxLength(100_000)) });
type Group = v.InferOutput<typeof GroupSchema>;

export async function pullScoped(db: RapportDb, fhirBase: string, scope: ReadonlySet<string>, pullOne: PullOne): Promise<void> {
  const groups = (await loadGroups(db, fhirBase)).map((group) => ({ ...group, patients: group.patients.filter((id) => scope.has(id)) })).filter((group) => group.patients.length > 0);
  const save = () => db.put('meta', { key: SCOPE_KEY, value: { fhirBase, groups } }).then(() => {});
  await save();

  for (const group of groups) {
    for (const [store, resourceType, params] of SCOPED) {
      const saveGroup = async (next: Checkpoint) => {
        group.checkpoints[resourceType] = next;
        await save();
      };
      await pullOne(store, resourceType, group.checkpoints[resourceType] ?? EMPTY_CHECKPOINT, saveGroup, params(group.patients));
    }
  }

  const known = new Set(groups.flatMap((group) => group.patients));
  let joining = [...scope].filter((id) => !known.has(id)).sort();
  const placed: { group: Group; added: string[]; isNew: boolean }[] = [];
  for (const group of groups) {
    const room = IDS_PER_SEARCH - group.patients.length;
    if (room <= 0 || !joining.length) continue;
    placed.push({ group, added: joining.slice(0, room), isNew: false });
    joining = joining.slice(room);
  }
  for (const added of inGroups(joining)) placed.push({ group: { patients: [], checkpoints: {} }, added, isNew: true });

  for (const { group, added, isNew } of placed) {
    const whole: Record<string, Checkpoint> = {};
    for (const [store, resourceType, params] of SCOPED) whole[resourceType] = await pullOne(store, resourceType, EMPTY_CHECKPOINT, async () => {}, params(added));
    group.patients.push(...added);
    // A group of its own was searched once per type: its whole pull's checkpoints are its own.
    if (isNew) {
      group.checkpoints = whole;
      groups.push(group);
    }
    await save();
  }
}

async function loadGroups(db: RapportDb, fhirBase: string): Promise<Group[]> {
  const parsed = v.safeParse(ScopeSchema, (await db.get('meta', SCOPE_KEY))?.value);
  return parsed.success && parsed.output.fhirBase === fhirBase ? parsed.output.groups : [];
}
