import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An Encounter shown as JSON holding its Patient as a contained resource, its subject the local reference "#p1".
 * Markup of our own, synthetic people.
 */
const encounter = {
  resourceType: 'Encounter',
  id: 'enc-5510',
  contained: [{ resourceType: 'Patient', id: 'p1', identifier: [{ type: { text: 'MRN' }, value: 'MR-4410277' }], name: [{ family: 'Ferreira', given: ['Lucas', 'Andre'] }], gender: 'male', birthDate: '1979-05-11' }],
  status: 'finished',
  class: { code: 'IMP' },
  subject: { reference: '#p1' },
  period: { start: '2026-08-03T07:10:00-04:00', end: '2026-08-07T15:00:00-04:00' },
};
const page = `<!DOCTYPE html><html><head><title>Encounter enc-5510</title></head><body><pre>${JSON.stringify(encounter, null, 2)}</pre></body></html>`;

describe("an Encounter's contained Patient", () => {
  it("is the patient whose stay the encounter's period gives", async () => {
    const { reading } = await readInHappyDom(page, 'https://fhir-tools.example.org/json-viewer?url=Encounter/enc-5510', extractClientContext);
    expect(reading?.name).toBe('Lucas Andre Ferreira');
    expect(reading?.admitDate).toBe('2026-08-03');
    expect(reading?.dischargeDate).toBe('2026-08-07');
  });
});
