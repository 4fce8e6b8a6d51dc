import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A certificate's box captioned with every fact it holds, the patient's name on its first line (form-item.ts).
 * Markup of our own, synthetic people.
 */
const certificate = `<!DOCTYPE html><html><head><title>Certificate of medical necessity</title></head><body>
<h1>CERTIFICATE OF MEDICAL NECESSITY</h1>
<table><tr>
<td><span class="cap">Beneficiary name, address and telephone</span>LINDQVIST, MARGIT E<br>12 Harbor Rd, Duluth MN 55802<br>(218) 555-0171</td>
<td><span class="cap">Supplier name, address and telephone</span>North Shore Medical Supply<br>(218) 555-0900</td>
</tr><tr>
<td><span class="cap">Patient DOB</span>04/02/1944 <span class="cap">Sex</span> F</td>
<td><span class="cap">Physician name, address and telephone</span>Aurelio Benn, MD<br>(218) 555-0480</td>
</tr></table></body></html>`;

describe("a form box captioned with the patient's name and other facts", () => {
  it('labels the name', () => {
    for (const l of ['Patient name, address, telephone and MBI', "Patient's name and address", 'Beneficiary name and HICN']) {
      expect(matchLabel(l)?.field, l).toBe('name');
    }
    expect(matchLabel('Physician name, address and telephone')?.field ?? null).not.toBe('name');
  });

  it("reads the box's first line as the name beside the supplier's and the physician's boxes", async () => {
    const r = (await readInHappyDom(certificate, 'https://dme.example.org/documents/cmn/881', extractClientContext)).reading;
    expect(r).toMatchObject({ name: 'Margit E. Lindqvist', dob: '1944-04-02', sex: 'F' });
  });
});
