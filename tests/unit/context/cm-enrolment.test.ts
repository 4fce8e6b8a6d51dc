import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://pophealth.example.net/members/m-31/overview', extractClientContext)).reading;

describe("a care programme's enrolment on a member's or patient's record (cm-enrolment.ts)", () => {
  it('starts no stay beside a member id', async () => {
    const page = `<div class="hdr"><h1>Ottoline Brandvold</h1>
      <div><span>Member ID</span> <span>QH-5520917</span></div><div><span>DOB</span> <span>08/30/1949</span></div>
      <div><span>Program</span> <span>COPD Remote Monitoring</span></div><div><span>Enrolled</span> <span>10/14/2026</span></div></div>`;
    const r = await read(page);
    expect(r).toMatchObject({ name: 'Ottoline Brandvold', mrn: 'QH-5520917', dob: '1949-08-30' });
    expect(r?.admitDate).toBeUndefined();
  });

  it('starts no stay beside a medical record number, in a programmes table either', async () => {
    const page = `<div class="hdr"><h1>Lazarus Whitcombe</h1><p>MRN: 00912238 · DOB: 1961-04-02</p></div>
      <h3>Programs</h3><table><tr><th>Program</th><th>Status</th><th>Enrolled</th></tr>
      <tr><td>Transitional Care</td><td>Active</td><td>11/02/2026</td></tr></table>`;
    const r = await read(page);
    expect(r).toMatchObject({ name: 'Lazarus Whitcombe', mrn: '00912238', dob: '1961-04-02' });
    expect(r?.admitDate).toBeUndefined();
  });

  it("starts no stay beside the EMR's number a monitoring platform is linked to", async () => {
    const page = `<div class="hdr"><h1>Perpetua Langstroth</h1><div><span>EMR ID:</span> <span>E4410923</span></div><div><span>DOB:</span> <span>12/01/1944</span></div></div>
      <section><h2>Enrollment</h2><p>Enrolled 10/30/2026 by Amos Delacourt, NP (Heart Failure 30-day).</p></section>`;
    const r = await read(page);
    expect(r).toMatchObject({ name: 'Perpetua Langstroth', mrn: 'E4410923', dob: '1944-12-01' });
    expect(r?.admitDate).toBeUndefined();
  });
});
