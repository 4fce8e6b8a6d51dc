import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * A FHIR Encounter's narrative names its patient only as the subject's reference, and its
 * participants are the staff who took part (markup of our own).
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Encounter</title></head><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://fhir.example.org/r4/Encounter/e-19');

const table = (rows: string) => `<div><div>Encounter <b>finished</b></div><table><tbody>
<tr><td>Identifier</td><td>V-5521</td></tr><tr><td>Status</td><td>FINISHED</td></tr>${rows}
<tr><td>Period</td><td>2026-03-02T08:00:00Z --&gt; 2026-03-05T11:00:00Z</td></tr></tbody></table></div>`;

describe("a FHIR Encounter narrative's participant", () => {
  it('is never read as the client, whatever FHIR role follows the name', async () => {
    for (const role of ['attender', 'primary performer', 'admitter', 'consultant']) {
      const reading = await read(table(`<tr><td>Participant</td><td>Dr. Ines Walcott (${role})</td></tr>`));
      expect(reading?.name ?? '').not.toMatch(/Walcott/);
    }
  });
});

describe("a FHIR Encounter narrative's subject reference", () => {
  it('names the client by the display after the Patient reference', async () => {
    const reading = await read(table(`<tr><td>Subject</td><td>Patient/p-77 "Corentin Abiola"</td></tr><tr><td>Participant</td><td>Dr. Ines Walcott (attender)</td></tr>`));
    expect(reading).toMatchObject({ name: 'Corentin Abiola', admitDate: '2026-03-02', dischargeDate: '2026-03-05' });
  });

  it("yields to the patient's own name elsewhere on the page, which the display shortens", async () => {
    const patient = `<table><tbody><tr><td>Name</td><td>Corentin Tobi ABIOLA</td></tr><tr><td>Date of birth</td><td>1971-08-30</td></tr></tbody></table>`;
    const reading = await read(patient + table(`<tr><td>Subject</td><td>Patient/p-77 "Corentin Abiola"</td></tr>`));
    expect(reading).toMatchObject({ name: 'Corentin Tobi Abiola', dob: '1971-08-30' });
  });
});
