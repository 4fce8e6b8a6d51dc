import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An ADT notification forwarded as a message prints the HL7 v2 fields' timestamps as they come: "DOB: 19450303",
 * "Admit Date: 202612031422" (tr-hl7-date.ts). Markup of our own, synthetic people.
 */
const page = (dob: string, admit: string) =>
  `<!DOCTYPE html><html><head><title>Inbox</title></head><body><div class="mail"><div class="mail-head"><div>Subject: ADT A03 Discharge</div></div><div class="mail-body"><p>Patient: OKEKE, CHIAMAKA B<br>DOB: ${dob}<br>Sex: F<br>Patient ID: MV-5520981<br>Event: A03 Discharge<br>Admit Date: ${admit}<br>Discharge Date: 20261204</p></div></div></body></html>`;
const read = async (dob: string, admit: string) => (await readInHappyDom(page(dob, admit), 'https://direct.mountview-care.net/inbox/msg/5520', extractClientContext)).reading;

describe('an HL7 timestamp under a date label', () => {
  it('is the date', async () => {
    const r = await read('19450303', '202612011422');
    expect(r).toMatchObject({ name: 'Chiamaka B. Okeke', dob: '1945-03-03', admitDate: '2026-12-01', dischargeDate: '2026-12-04' });
  });

  it('only as the whole value, and only a real date', async () => {
    const r = await read('19451303', 'ref 20261201');
    expect(r?.dob).toBeUndefined();
    expect(r?.admitDate).toBeUndefined();
  });
});
