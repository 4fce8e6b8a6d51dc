import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An Encounter's generated narrative alone: the patient only as the subject reference's display, the stay as its
 * period. Markup of our own, synthetic people.
 */
const page = (subject: string) => `<!DOCTYPE html><html><head><title>Encounter enc-4410</title></head><body>
  <div><p><b>Generated Narrative: Encounter enc-4410</b></p>
    <p><b>status</b>: finished</p>
    <p><b>class</b>: inpatient encounter</p>
    <p><b>subject</b>: ${subject}</p>
    <p><b>participant</b>: <a href="#">Practitioner/pr-2</a> "Dr Omar Haddad"</p>
    <p><b>period</b>: 2026-09-14 10:20:00-0400 --&gt; 2026-09-18 12:00:00-0400</p></div></body></html>`;

describe("an Encounter narrative's Patient subject with its period", () => {
  it('is read as the client and the stay', async () => {
    const { reading } = await readInHappyDom(page('<a href="Patient/p-88">Patient/p-88</a> "Lucinda Mae HARTWELL"'), 'https://fhir.example.org/viewer/Encounter/enc-4410', extractClientContext);
    expect(reading?.name).toBe('Lucinda Mae Hartwell');
    expect(reading?.admitDate).toBe('2026-09-14');
    expect(reading?.dischargeDate).toBe('2026-09-18');
  });

  it('is no client when the subject is a Group', async () => {
    const { reading } = await readInHappyDom(page('<a href="Group/g-1">Group/g-1</a> "Cardiac rehab cohort"'), 'https://fhir.example.org/viewer/Encounter/enc-4410', extractClientContext);
    expect(reading).toBeNull();
  });
});
