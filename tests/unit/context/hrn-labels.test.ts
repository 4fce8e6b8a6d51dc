import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * IHS RPMS and tribal clinics key the chart by its HRN (health record number), printed where an MRN would be; the
 * Medicaid number beside it is the plan's (hrn-labels.ts). Markup of our own, synthetic people.
 */
describe('HRN labels', () => {
  it('reads the HRN of a health summary, not the Medicaid number beside it', async () => {
    const html = `<!DOCTYPE html><html><head><title>Health Summary</title></head><body>
      <p>Printed by: HOSKIE,ARLEN</p>
      <table>
        <tr><td>PATIENT:</td><td>TODACHEENE, IVY MAE</td><td>HRN:</td><td>70-4418</td></tr>
        <tr><td>DOB:</td><td>02/09/1974</td><td>MEDICAID #:</td><td>660182274</td></tr>
      </table></body></html>`;
    const { reading } = await readInHappyDom(html, 'https://rpms.example.org/summary?dfn=12', extractClientContext);
    expect(reading?.name).toBe('Ivy Mae Todacheene');
    expect(reading?.mrn).toBe('70-4418');
  });

  it('reads a PRC form\'s "Health Record No."', async () => {
    const html = `<!DOCTYPE html><html><head><title>Referral</title></head><body>
      <dl><dt>Patient Name</dt><dd>Orrin Tsinnie</dd><dt>Health Record No.</dt><dd>011972</dd>
      <dt>Date of Birth</dt><dd>1990-06-30</dd><dt>Referring Provider</dt><dd>Ada Nakai, MD</dd></dl></body></html>`;
    const { reading } = await readInHappyDom(html, 'https://prc.example.org/referrals/9', extractClientContext);
    expect(reading?.name).toBe('Orrin Tsinnie');
    expect(reading?.mrn).toBe('011972');
  });
});
