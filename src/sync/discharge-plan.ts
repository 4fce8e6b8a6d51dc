import type { Bundle } from '@medplum/fhirtypes';
import type { RapportDb } from '../store/db';
import { getLive } from '../store/base';
import { checklistFor } from '../store/checklists';
import { DISCHARGE_TEMPLATE_ID } from '../domain/checklists/checklist';
import { readChecklistTask } from '../domain/fhir/checklist-task';
import { list } from '../domain/fhir/read';
import { dischargeChecklistDone, dischargePlan, dischargePlanQuery, withActivitiesOf, type PlannedTask } from '../domain/fhir/care-plan';
import { newRecordReference, MAX_TRANSACTION_ENTRIES, type Change, type FhirResource, type TransactionEntry } from './bundle';
import { SyncError } from './errors';
import type { OutboxEntry } from './outbox';
import type { Send } from './transport';

/**
 * The discharge CarePlan rides in the transaction that carries its patient's discharge Tasks, so
 * the server never holds a plan naming a Task it lacks, nor a Task its plan forgot. An existing
 * plan is updated with If-Match on the version read: a colleague's write in between fails the
 * whole transaction with 412, and push.ts's next round reads the plan again and adds to it.
 */

interface Sent {
  entry: OutboxEntry;
  change: Change;
}

interface PatientPlan {
  patientReference: string;
  clientId: string;
  tasks: PlannedTask[];
}

const MERGE_ROUNDS = 5;
type ServerPlan = FhirResource & { id: string; meta?: { versionId?: string } };

/** Outbox slices for one transaction each: the records plus one plan per client with discharge items stay within the server's cap. */
export async function slicesWithPlans(db: RapportDb, batch: readonly OutboxEntry[]): Promise<OutboxEntry[][]> {
  const slices: { entries: OutboxEntry[]; clients: Set<string> }[] = [];
  for (const entry of batch) {
    const clientId = await dischargeClientOf(db, entry);
    let last = slices.at(-1);
    const grows = clientId !== undefined && !last?.clients.has(clientId) ? 1 : 0;
    if (!last || last.entries.length + last.clients.size + 1 + grows > MAX_TRANSACTION_ENTRIES) {
      last = { entries: [], clients: new Set() };
      slices.push(last);
    }
    last.entries.push(entry);
    if (clientId !== undefined) last.clients.add(clientId);
  }
  return slices.map((slice) => slice.entries);
}

async function dischargeClientOf(db: RapportDb, entry: OutboxEntry): Promise<string | undefined> {
  if (entry.store !== 'checklists') return undefined;
  const record = await getLive(db, 'checklists', entry.id);
  return record?.templateId === DISCHARGE_TEMPLATE_ID ? record.clientId : undefined;
}

export interface PlanEntry {
  plan: PatientPlan;
  entry: TransactionEntry;
}

/** The plan entries for the batch's discharge Tasks, read from the server just now. */
export async function dischargePlanEntries(db: RapportDb, send: Send, sent: readonly Sent[]): Promise<PlanEntry[]> {
  const plans = new Map<string, PatientPlan>();
  for (const { entry, change } of sent) {
    if (entry.store !== 'checklists') continue;
    const read = readChecklistTask(change.resource);
    const patientReference = (change.resource.for as { reference?: string } | undefined)?.reference;
    if (read.kind !== 'record' || read.fields.templateId !== DISCHARGE_TEMPLATE_ID || !patientReference?.startsWith('Patient/')) continue;
    const record = await getLive(db, 'checklists', entry.id);
    if (!record) continue;
    const reference = change.kind === 'create' ? newRecordReference(entry.id).reference : `Task/${change.resource.id}`;
    const plan = plans.get(patientReference) ?? { patientReference, clientId: record.clientId, tasks: [] };
    plan.tasks.push({ rapportId: entry.id, reference });
    plans.set(patientReference, plan);
  }
  const entries = await Promise.all([...plans.values()].map(async (plan) => ({ plan, entry: await planEntry(db, send, plan) })));
  return entries.filter((planned): planned is PlanEntry => planned.entry !== undefined);
}

/** Nothing when the server's plan already lists every Task with the right status: no version churns for nothing. */
async function planEntry(db: RapportDb, send: Send, plan: PatientPlan): Promise<TransactionEntry | undefined> {
  const ticked = new Set((await checklistFor(db, plan.clientId, DISCHARGE_TEMPLATE_ID)).filter((row) => row.ticks.length).map((row) => row.itemId));
  const done = dischargeChecklistDone(ticked);
  const server = await readPlan(send, plan.patientReference);
  const versionId = server?.meta?.versionId;
  if (server && versionId) {
    const { meta: _meta, ...merged } = withActivitiesOf(server, plan.tasks, done);
    if (merged.status === server.status && list(merged.activity).length === list(server.activity).length) return undefined;
    return { resource: merged, request: { method: 'PUT', url: `CarePlan/${server.id}`, ifMatch: `W/"${versionId}"` } };
  }
  return { resource: dischargePlan(plan.patientReference, plan.tasks, done) as unknown as FhirResource, request: { method: 'POST', url: 'CarePlan', ifNoneExist: dischargePlanQuery(plan.patientReference) } };
}

/** The patient's plan on the server: one, since every device makes it by conditional create on this same search. */
async function readPlan(send: Send, patientReference: string): Promise<ServerPlan | undefined> {
  const { body } = await send<Bundle>('GET', `CarePlan?${dischargePlanQuery(patientReference)}&_count=1`);
  return body.entry?.[0]?.resource as ServerPlan | undefined;
}

/**
 * A plan a colleague created between our read and our commit was found, not made, so this batch's
 * Tasks are not on it yet: they are added now, by their server ids, with If-Match (read again on 412).
 */
export async function addToFoundPlans(send: Send, sent: readonly PlanEntry[], answers: readonly { response?: { status?: string } }[], taskIds: ReadonlyMap<string, string>): Promise<void> {
  for (const [i, { plan, entry }] of sent.entries()) {
    if (entry.request.method !== 'POST' || answers[i]?.response?.status?.startsWith('200') !== true) continue;
    const tasks = plan.tasks.flatMap((task) => {
      const serverId = taskIds.get(task.rapportId);
      return serverId ? [{ ...task, reference: `Task/${serverId}` }] : [];
    });
    for (let round = 1; ; round++) {
      try {
        const server = await readPlan(send, plan.patientReference);
        if (!server?.meta?.versionId) break;
        const { meta: _meta, ...merged } = withActivitiesOf(server, tasks, server.status === 'completed');
        await send('PUT', `CarePlan/${server.id}`, { json: merged, headers: { 'If-Match': `W/"${server.meta.versionId}"` } });
        break;
      } catch (error) {
        if (!(error instanceof SyncError && error.kind === 'changed-elsewhere' && round < MERGE_ROUNDS)) throw error;
      }
    }
  }
}
