import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A bare label word in an element of its own, its colon gone (the corpus's no-label-colons mutation), on markup of our own. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://viewer.example.org/documents/88412', extractClientContext)).reading;

describe('a bare label in its own element before its value, beside chips built alike (chip-label.ts)', () => {
  it("reads 'Patient' set apart before the name as the name's label", async () => {
    const r = await read(`<div>Outside records for this patient <span>Requested by Dr. Imre Salo</span></div>
      <ol><li>Discharge Summary — Harrow Vale Hospital — 10/02/2026</li><li>Lab Results — Harrow Vale Hospital — 09/28/2026</li></ol>
      <h2>Discharge Summary</h2><div>
      <div><span><span class="lbl">Patient</span> Ottoline Grace Marsh-Verity</span><span><span class="lbl">MRN</span> KHR-5512093</span></div>
      <div><span><span class="lbl">Birthdate</span> March 3, 1961</span><span><span class="lbl">Sex</span> Female</span><span><span class="lbl">Contact</span> tel +1(802)555-0190</span></div>
      <div><span><span class="lbl">Encounter</span> Inpatient, Harrow Vale Hospital</span><span><span class="lbl">Admitted</span> September 27, 2026</span><span><span class="lbl">Discharged</span> October 2, 2026</span></div>
      <div><span><span class="lbl">Author</span> Petra Lund, MD, Hospitalist</span><span><span class="lbl">Custodian</span> Harrow Vale Hospital</span></div></div>
      <p>Lives with her brother, Alwyn Marsh-Verity (DOB 04/11/1958).</p>`);
    expect(r).toMatchObject({ name: 'Ottoline Grace Marsh-Verity', mrn: 'KHR-5512093', dob: '1961-03-03', sex: 'F' });
  });

  it("reads no name where the bare word is a sentence's, in a paragraph about someone else", async () => {
    const r = await read(`<h2>Referral letter</h2>
      <p>Dear colleague, <span>Patient</span> Ottoline Grace Marsh-Verity was seen by us; <span>MRN</span> KHR-5512093 is hers at our site.</p>`);
    expect(r?.name).not.toBe('Ottoline Marsh-Verity');
  });
});
