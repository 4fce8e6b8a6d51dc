import { beforeAll, describe, expect, test } from 'vitest';
import { condition, HEALTH_CONCERN, readCondition } from '../../../src/domain/fhir/condition';
import { mergeOntoServer, retired } from '../../../src/domain/fhir/merge';
import { pulledPatch } from '../../../src/domain/fhir/pull-merge';
import { loadR4Schema, SCHEMA_COMPILE_TIMEOUT_MS, type R4Schema } from './r4-schema';

/** A point of pain as a health-concern Condition: valid R4, and back to the same record fields. */
const T0 = Date.UTC(2026, 2, 2, 14, 0);
const meta = { id: '0f8fad5b-d9cb-469f-a165-70867728950e', createdAt: T0, updatedAt: T0 + 5, clientId: '7c9e6679-7425-40de-944b-e07fc1f90ae7' };
const open = { ...meta, text: 'Cannot afford the bus to dialysis', rootCause: 'Lost the transport voucher', status: 'open' as const, openedAt: T0 };
const relieved = { ...open, status: 'relieved' as const, relievedAt: T0 + 86_400_000 };
const json = <T>(resource: T) => JSON.parse(JSON.stringify(resource)) as Record<string, unknown> & { resourceType: string };
type Point = Omit<typeof relieved, 'status' | 'relievedAt' | 'rootCause'> & { status: 'open' | 'relieved'; relievedAt?: number; rootCause?: string };
const fieldsOf = ({ text, rootCause, status, openedAt, relievedAt }: Point) => ({ text, rootCause, status, openedAt, ...(relievedAt === undefined ? {} : { relievedAt }) });

let r4: R4Schema;
beforeAll(() => {
  r4 = loadR4Schema();
}, SCHEMA_COMPILE_TIMEOUT_MS);

describe('point of pain ↔ Condition', () => {
  test('an open and a relieved pain point are valid R4 health concerns of the client', () => {
    for (const point of [open, relieved]) {
      const resource = json(condition(point));
      expect(r4.errorsOf(resource)).toEqual([]);
      expect(resource).toMatchObject({ category: [{ coding: [HEALTH_CONCERN] }], subject: { reference: `urn:uuid:${meta.clientId}` }, code: { text: point.text } });
    }
    expect(condition(open)).toMatchObject({ clinicalStatus: { coding: [{ code: 'active' }] } });
    expect('abatementDateTime' in condition(open)).toBe(false);
    expect(condition(relieved)).toMatchObject({ clinicalStatus: { coding: [{ code: 'resolved' }] }, abatementDateTime: new Date(relieved.relievedAt).toISOString(), note: [{ text: relieved.rootCause }] });
  });

  test('round trip: record → Condition → the same fields, and pulling that back changes nothing', () => {
    for (const point of [open, relieved, { ...open, rootCause: undefined }] as Point[]) {
      const read = readCondition(json(condition(point)));
      expect(read).toEqual({ kind: 'record', fields: Object.fromEntries(Object.entries(fieldsOf(point)).filter(([, value]) => value !== undefined)), rapportIds: [point.id] });
      if (read.kind === 'record') expect(pulledPatch('painPoints', point, read.fields, undefined)).toBeNull();
    }
  });

  test('a concern settled elsewhere (inactive, remission) reads as relieved; one without words is a problem', () => {
    const inactive = { ...json(condition(open)), clinicalStatus: { coding: [{ code: 'inactive' }] } };
    expect(readCondition(inactive)).toMatchObject({ kind: 'record', fields: { status: 'relieved' } });
    expect(readCondition({ ...json(condition(open)), id: 'c9', code: { coding: [{ system: 'urn:x', code: '1' }] } })).toEqual({ kind: 'problem', problem: expect.stringMatching(/^Condition c9: text/) });
  });

  test('retired by its verification status: still valid R4, without the clinical status and abatement R4 then forbids', () => {
    const server = { ...json(condition(relieved)), id: 's1', meta: { versionId: '2' } } as Record<string, unknown> & { resourceType: string };
    const gone = retired('painPoints', server);
    expect(gone).toMatchObject({ id: 's1', verificationStatus: { coding: [{ code: 'entered-in-error' }] }, code: server.code });
    expect('clinicalStatus' in gone || 'abatementDateTime' in gone).toBe(false);
    expect(r4.errorsOf(gone)).toEqual([]);
    expect(readCondition(gone)).toMatchObject({ kind: 'retired' });
  });

  test('field-wise merge: relief here and a rewording there both stand', () => {
    const server = { ...json(condition({ ...open, text: 'Bus fare to dialysis' })), id: 's1', extension: [{ url: 'urn:their-tool', valueString: 'kept' }] };
    const merged = mergeOntoServer('painPoints', server, json(condition(relieved)), ['status', 'relievedAt']);
    expect(merged).toMatchObject({ code: { text: 'Bus fare to dialysis' }, clinicalStatus: { coding: [{ code: 'resolved' }] }, abatementDateTime: new Date(relieved.relievedAt).toISOString(), extension: server.extension });
    // Reopened here: the abatement goes with the resolved status.
    const reopened = mergeOntoServer('painPoints', json(condition(relieved)), json(condition(open)), ['status', 'relievedAt']);
    expect(reopened).toMatchObject({ clinicalStatus: { coding: [{ code: 'active' }] } });
    expect('abatementDateTime' in reopened).toBe(false);
  });
});
