import type { ChecklistRecord } from '../../model/records';
import { DISCHARGE_TEMPLATE_ID } from '../checklists/checklist';
import { TRUST_ACT_TEMPLATES } from './trust-acts';

/**
 * What a team shares, stated apart from the mappings: every write queues its change against these
 * lists, so the store (and through it every page's first screen) needs them and nothing more.
 */

/** Templates the team shares. The BOOST risk answers (ticks of their own templates) are a screen, not acts: they stay here. */
export const SHARED_TEMPLATES: readonly string[] = [DISCHARGE_TEMPLATE_ID, ...TRUST_ACT_TEMPLATES];

export const isSharedChecklist = (record: Pick<ChecklistRecord, 'templateId'>) => SHARED_TEMPLATES.includes(record.templateId);

/**
 * The record types a team shares and, for each field, the FHIR elements it is written to
 * (export.ts, condition.ts and checklist-task.ts map them). A push replaces only the elements of the
 * fields this device changed, so what a colleague changed in the others, and anything another tool
 * added, stays.
 */
export const SHARED_ELEMENTS = {
  clients: {
    name: ['name'],
    dob: ['birthDate'],
    sex: ['gender'],
    phone: ['telecom'],
    identities: ['identifier'],
    // The stay is the team's too, written to the client's stay Encounter (stay.ts), no Patient element.
    admitDate: [],
    dischargeDate: [],
    dischargeActual: [],
  },
  contacts: { at: ['sent'], channel: ['medium'], direction: ['sender', 'recipient'], outcome: ['status', 'statusReason'], note: ['note'] },
  callbacks: { dueAt: ['executionPeriod'], status: ['status', 'lastModified'], doneAt: ['lastModified'], reason: ['description'] },
  painPoints: {
    text: ['code'],
    rootCause: ['note'],
    // Status and abatement move together: an abated condition that is active again breaks con-4.
    status: ['clinicalStatus', 'abatementDateTime'],
    relievedAt: ['abatementDateTime'],
    openedAt: ['recordedDate'],
  },
  /** A checklist item (template and id) names its Task and never changes; only the ticks are merged. */
  checklists: { ticks: ['output', 'status', 'executionPeriod', 'lastModified'] },
} as const satisfies Record<string, Record<string, readonly string[]>>;
export type SharedStore = keyof typeof SHARED_ELEMENTS;
export const SHARED_STORES = Object.keys(SHARED_ELEMENTS) as SharedStore[];
