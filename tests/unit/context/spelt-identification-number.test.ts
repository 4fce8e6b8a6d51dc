import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A system's own record number with its label spelt out ("Hospital Identification Number:"), as legacy OpenMRS
 * headers print "OpenMRS Identification Number:" (labels.ts). Markup of our own, synthetic people.
 */
const page = `<!DOCTYPE html><html><head><title>Patient summary</title></head><body>
<div class="userbar">Logged in as Ama Boateng</div>
<div class="patient-head">
  <h2 class="pname">Kwabena Osei Mensah</h2>
  <p class="pid"><span class="idType">Hospital Identification Number:</span> KBTH-40917</p>
  <p class="demo">Male, 63 yrs, born 04/02/1963</p>
  <p class="ins">NHIS Card No: 88120477</p>
</div>
<div class="panel"><h3>Visits</h3><p>Outpatient review, 01/12/2026 — Dr. Efua Asante</p></div>
</body></html>`;

describe('a record number labelled "… Identification Number"', () => {
  it('is read as the record number', async () => {
    const { reading } = await readInHappyDom(page, 'https://emr.example.org/patient/summary?pid=77', extractClientContext);
    expect(reading?.name).toBe('Kwabena Osei Mensah');
    expect(reading?.mrn).toBe('KBTH-40917');
  });
});
