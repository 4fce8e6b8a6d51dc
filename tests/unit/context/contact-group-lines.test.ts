import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A resource viewer's Contact entry printed as labelled lines, not inner terms (labelled.ts, inContactGroup).
 * Markup of our own, synthetic people.
 */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Patient</title></head><body>${body}</body></html>`,
    'https://fhir-app.example.org/Patient/p-77/details', extractClientContext)).reading;

describe("a Patient's contact entry as labelled lines", () => {
  it("keeps the contact's name and phone out of the client's", async () => {
    const r = await read(`<div class="patient-header"><dl><dd>Ingrid Falkenrath-Musa</dd><dt>Name</dt></dl><dl><dd>1971-04-02</dd><dt>Birth Date</dt></dl><dl><dd>female</dd><dt>Gender</dt></dl></div>
      <dl class="props">
        <div><dt>Telecom</dt><dd><div>phone: 515-555-0162 [mobile]</div></dd></div>
        <div><dt>Contact</dt><dd><div>Name: Osric Falkenrath</div><div>Telecom: phone: 515-555-0107</div></dd></div>
      </dl>`);
    expect(r?.name).toBe('Ingrid Falkenrath-Musa');
    expect(r?.phone).toBe('515-555-0162');
  });
});
