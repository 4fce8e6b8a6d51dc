import type { CarePlan, CarePlanActivity } from '@medplum/fhirtypes';
import { DISCHARGE_TASKS } from '../checklists/discharge-checklist';
import { rapportIdentifier } from './identifiers';
import { isObject, list, str, type Json } from './read';

/**
 * A client's discharge anticipation ↔ one CarePlan whose activities are the client's discharge
 * Tasks (checklist-task.ts). One plan per patient, found by its subject and Rapport's category,
 * so every device adds to the same plan whoever made it first.
 *
 * Each activity names its Task twice: by reference (a urn:uuid inside the Bundle that creates the
 * Task, `Task/<id>` after) and by the Task's Rapport identifier. The identifier never changes, so
 * activities merge as a union on it: a replay or a colleague's push never lists a Task twice.
 *
 * Status: `active` until every discharge task of the checklist has a tick, then `completed`, and
 * never back — ticks only add up across the team, so a plan one device saw done is done.
 */
export const DISCHARGE_PLAN_CATEGORY = { system: 'https://rapport.care/fhir/CodeSystem/care-plan', code: 'discharge-anticipation', display: 'Discharge anticipation' };

/** The search that finds a patient's plan, for conditional create and for the read before an update. */
export const dischargePlanQuery = (patientReference: string) =>
  `subject=${encodeURIComponent(patientReference)}&category=${encodeURIComponent(`${DISCHARGE_PLAN_CATEGORY.system}|${DISCHARGE_PLAN_CATEGORY.code}`)}`;

export interface PlannedTask {
  /** The Task's Rapport identifier value (the checklist row's id). */
  rapportId: string;
  /** Where the Bundle or the server finds the Task. */
  reference: string;
}

export const dischargeChecklistDone = (ticked: ReadonlySet<string>) => DISCHARGE_TASKS.every((item) => ticked.has(item.id));

const activityOf = (task: PlannedTask): CarePlanActivity => ({
  reference: { reference: task.reference, type: 'Task', identifier: rapportIdentifier(task.rapportId) },
});

const keyOf = (activity: unknown): string | undefined => {
  const reference = isObject(activity) && isObject(activity.reference) ? activity.reference : undefined;
  const identifier = reference && isObject(reference.identifier) ? reference.identifier : undefined;
  return str(identifier?.value) ?? str(reference?.reference);
};

export function dischargePlan(patientReference: string, tasks: readonly PlannedTask[], done: boolean): CarePlan {
  return {
    resourceType: 'CarePlan',
    status: done ? 'completed' : 'active',
    intent: 'plan',
    category: [{ coding: [DISCHARGE_PLAN_CATEGORY] }],
    title: 'Discharge anticipation',
    subject: { reference: patientReference },
    activity: tasks.map(activityOf),
  };
}

/** The server's plan with this device's Tasks added (theirs stay, in their order) and completion kept. */
export function withActivitiesOf<R extends Json>(server: R, tasks: readonly PlannedTask[], done: boolean): R {
  const theirs = list(server.activity);
  const known = new Set(theirs.map(keyOf));
  const added = tasks.filter((task) => !known.has(task.rapportId)).map(activityOf);
  const status = server.status === 'completed' || done ? 'completed' : 'active';
  return { ...server, status, activity: [...theirs, ...added] };
}
