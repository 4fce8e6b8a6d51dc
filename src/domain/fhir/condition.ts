import * as v from 'valibot';
import type { Condition } from '@medplum/fhirtypes';
import { PainPointRecordSchema, type PainPointRecord, type RecordMeta } from '../../model/records';
import { idOf, iso, meta, ref } from './resource-parts';
import { recordIdentifiers } from './identifiers';
import { checked, instant, isObject, list, rapportIdsOf, str, type Json, type Read } from './read';

/**
 * A point of pain ↔ a Condition about the client.
 *
 * Category: US Core's `health-concern`, not R4's `problem-list-item`. A pain point is what the
 * client or their care manager worries about (the bus fare to the clinic, a fall, a bill), which
 * is what US Core defines a health concern to be: a concern of any stakeholder kept apart from the
 * clinicians' problem list. Filed as a problem-list item it would land among an EHR's diagnoses,
 * and R4's problem-list items must always carry a clinical status (con-3) that a retired one drops.
 * R4 binds Condition.category extensibly, so the US Core code is valid R4.
 *
 * Relief: `clinicalStatus` resolved with `abatementDateTime` the moment it was relieved, not a note.
 * Those are the elements every FHIR client reads to tell a live concern from a settled one (a note
 * is free text no problem list filters on), and R4 ties them together (con-4: an abated condition is
 * resolved). The root cause found (what the relief addressed) travels as the Condition's note.
 */
const CLINICAL_STATUS = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
const VERIFICATION_STATUS = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
export const HEALTH_CONCERN = { system: 'http://hl7.org/fhir/us/core/CodeSystem/condition-category', code: 'health-concern', display: 'Health Concern' };
/** Clinical statuses that mean the concern no longer needs acting on. */
const SETTLED = new Set(['resolved', 'inactive', 'remission']);

export type PainPointShared = Pick<PainPointRecord, 'text' | 'rootCause' | 'status' | 'openedAt' | 'relievedAt'>;
type FhirPainPoint = Pick<RecordMeta, 'id' | 'createdAt' | 'updatedAt'> & Pick<PainPointRecord, 'clientId'> & PainPointShared;

export function condition(point: FhirPainPoint): Condition {
  const relieved = point.status === 'relieved';
  return {
    resourceType: 'Condition',
    ...idOf(point.id),
    ...meta(point),
    identifier: recordIdentifiers(point),
    clinicalStatus: { coding: [{ system: CLINICAL_STATUS, code: relieved ? 'resolved' : 'active' }] },
    category: [{ coding: [HEALTH_CONCERN] }],
    code: { text: point.text },
    subject: ref('Patient', point.clientId),
    recordedDate: iso(point.openedAt),
    ...(relieved && point.relievedAt !== undefined ? { abatementDateTime: iso(point.relievedAt) } : {}),
    ...(point.rootCause ? { note: [{ text: point.rootCause }] } : {}),
  };
}

/** Retired by its verification status; R4 then forbids a clinical status (con-5), and so an abatement (con-4). */
export function retiredCondition<R extends Json>(server: R): R {
  const { clinicalStatus: _status, abatementDateTime: _abated, ...rest } = server;
  return { ...rest, verificationStatus: { coding: [{ system: VERIFICATION_STATUS, code: 'entered-in-error' }] } } as unknown as R;
}

const PainPointSharedSchema = v.pick(PainPointRecordSchema, ['text', 'rootCause', 'status', 'openedAt', 'relievedAt']);
const codeOf = (concept: unknown) => (isObject(concept) ? list(concept.coding)[0]?.code : undefined);

export function readCondition(resource: Json): Read<PainPointShared> {
  const rapportIds = rapportIdsOf(resource);
  if (codeOf(resource.verificationStatus) === 'entered-in-error') return { kind: 'retired', rapportIds };
  const settled = SETTLED.has(String(codeOf(resource.clinicalStatus)));
  return checked(
    PainPointSharedSchema,
    {
      text: isObject(resource.code) ? (str(resource.code.text) ?? str(list(resource.code.coding)[0]?.display)) : undefined,
      rootCause: str(list(resource.note)[0]?.text),
      status: settled ? 'relieved' : 'open',
      openedAt: instant(resource.recordedDate) ?? instant(resource.onsetDateTime),
      relievedAt: settled ? instant(resource.abatementDateTime) : undefined,
    },
    'Condition',
    resource.id,
    rapportIds,
  );
}
