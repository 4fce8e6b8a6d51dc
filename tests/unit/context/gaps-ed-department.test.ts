import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** An ED document's "Dept:" beside the visit's arrival and departure (ed-visit-labels.ts). Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Discharge Instructions</title></head><body>${body}</body></html>`, 'https://ed.example.org/visit/5521/instructions', extractClientContext)).reading;

describe('a department label', () => {
  it("is the stay's place beside the visit's dates", async () => {
    const body = `<div class="hdr"><p><b>Westvale General &ndash; Emergency Department</b></p><p>Discharge Instructions for: <b>WHITCOMBE, CORALIE N</b></p><p>MRN: WV-4410937 &nbsp; DOB: 02/17/1951 &nbsp; Sex: F</p><p>ED Arrival: 12/03/2026 09:12 &nbsp; Departure: 12/03/2026 15:40 &nbsp; Dept: Westvale Emergency Dept</p></div><p>Follow up with your primary care provider in 2 days.</p>`;
    expect(await read(body)).toMatchObject({ name: 'Coralie N. Whitcombe', admitDate: '2026-12-03', dischargeDate: '2026-12-03', location: 'Westvale Emergency Dept' });
  });

  it("is the clinic's, not a place of the client's, with no stay beside it", async () => {
    const body = `<div class="banner"><div class="pt-name">Coralie N. Whitcombe</div><div>MRN: WV-4410937 · DOB: 02/17/1951 · Sex: F · Dept: Family Medicine North</div></div>`;
    const r = await read(body);
    expect(r).toMatchObject({ name: 'Coralie N. Whitcombe', mrn: 'WV-4410937' });
    expect(r?.location).toBeUndefined();
  });
});
