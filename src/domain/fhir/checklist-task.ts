import * as v from 'valibot';
import type { Task } from '@medplum/fhirtypes';
import { ChecklistRecordSchema, type ChecklistRecord, type RecordMeta } from '../../model/records';
import { idOf, iso, meta, ref } from './resource-parts';
import { recordIdentifiers } from './identifiers';
import { checked, instant, isObject, list, rapportIdsOf, str, type Json, type Read } from './read';

/**
 * A checklist item of a client ↔ one Task: the item is the Task's code, every tick an output with
 * its time. Ticks only add up across the team, as two windows' ticks do here (store/checklists.ts):
 * the Task is completed from its first tick on and never goes back (an untick after it reached the
 * team comes back with the next pull), so a colleague's tick is never lost to another's edit.
 */
const ITEM_SYSTEM_PREFIX = 'https://rapport.care/fhir/CodeSystem/checklist/';
const TICK = { coding: [{ system: 'https://rapport.care/fhir/CodeSystem/checklist-output', code: 'done', display: 'Done' }] };

export type ChecklistShared = Pick<ChecklistRecord, 'templateId' | 'itemId' | 'ticks'>;
type FhirChecklist = Pick<RecordMeta, 'id' | 'createdAt' | 'updatedAt'> & Pick<ChecklistRecord, 'clientId'> & ChecklistShared;

/** The elements tick times make: completed from the first one, the times newest last. */
function ticked(ticks: readonly number[]): Pick<Task, 'status' | 'output' | 'executionPeriod' | 'lastModified'> {
  const sorted = [...new Set(ticks)].sort((a, b) => a - b);
  return {
    status: 'completed',
    output: sorted.map((tick) => ({ type: TICK, valueDateTime: iso(tick) })),
    executionPeriod: { start: iso(sorted[0]!), end: iso(sorted.at(-1)!) },
    lastModified: iso(sorted.at(-1)!),
  };
}

/**
 * The item's words live in _locales, which the domain does not read: its id stands for them unless
 * the caller words it (the export, in the user's language). Nothing reads the description back.
 */
export function checklistItemTask(item: FhirChecklist, description = item.itemId): Task {
  return {
    resourceType: 'Task',
    ...idOf(item.id),
    ...meta(item),
    identifier: recordIdentifiers(item),
    intent: 'plan',
    code: { coding: [{ system: ITEM_SYSTEM_PREFIX + encodeURIComponent(item.templateId), code: item.itemId }] },
    description,
    for: ref('Patient', item.clientId),
    authoredOn: iso(item.createdAt),
    ...(item.ticks.length ? ticked(item.ticks) : { status: 'requested', lastModified: iso(item.updatedAt) }),
  };
}

function itemOf(resource: Json): { templateId: string; itemId: string } | undefined {
  const coding = list(isObject(resource.code) ? resource.code.coding : undefined).find((c) => str(c.system)?.startsWith(ITEM_SYSTEM_PREFIX));
  const itemId = str(coding?.code);
  return coding && itemId ? { templateId: decodeURIComponent((coding.system as string).slice(ITEM_SYSTEM_PREFIX.length)), itemId } : undefined;
}

/** A Task is a checklist item's when its code is in Rapport's checklist systems; any other Task is a callback. */
export const isChecklistTask = (resource: Json) => itemOf(resource) !== undefined;

const ticksOf = (resource: Json): number[] =>
  list(resource.output)
    .filter((output) => list(isObject(output.type) ? output.type.coding : undefined)[0]?.code === 'done')
    .flatMap((output) => instant(output.valueDateTime) ?? []);

/** The server's Task with its ticks and this device's together: both sides' acts stand. */
export function withTicksOf<R extends Json>(server: R, local: Json): R {
  const union = [...ticksOf(server), ...ticksOf(local)];
  return union.length ? { ...server, ...ticked(union) } : server;
}

const ChecklistSharedSchema = v.pick(ChecklistRecordSchema, ['templateId', 'itemId', 'ticks']);
const RETIRED = new Set(['cancelled', 'entered-in-error', 'rejected', 'failed']);

export function readChecklistTask(resource: Json): Read<ChecklistShared> {
  const rapportIds = rapportIdsOf(resource);
  if (RETIRED.has(String(resource.status))) return { kind: 'retired', rapportIds };
  const item = itemOf(resource);
  const ticks = [...new Set(ticksOf(resource))].sort((a, b) => a - b);
  return checked(ChecklistSharedSchema, { ...item, ticks }, 'Task', resource.id, rapportIds);
}

/** Ticks the team has that this device does not: appended, never taken away. */
export function newTicks(local: readonly number[], server: readonly number[]): number[] | undefined {
  const here = new Set(local);
  const added = server.filter((tick) => !here.has(tick));
  return added.length ? [...local, ...added].sort((a, b) => a - b) : undefined;
}
