import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A NICU or blood bank screen names its patient "Infant:" (registry-labels.ts); a mother's record naming her baby
 * so in a section of its own stays hers. Markup of our own, synthetic people.
 */
const nicu = (label: string) => `<!DOCTYPE html><html><head><title>Aliquot issue</title></head><body>
  <p class="who">Issued by: Petra Lindahl, MLS</p>
  <div class="card"><p><b>${label}</b> Haverford, Juniper &nbsp;|&nbsp; <b>MR#</b> 61100482 &nbsp;|&nbsp; <b>DOB</b> 11/30/2026</p></div>
  <p>Syringe 1 of 3 from W0090 26 118822 Q, donor D-7712093.</p></body></html>`;

const mothers = `<!DOCTYPE html><html><head><title>Delivery record</title></head><body>
  <table><tr><td>Patient Name:</td><td>Oduya, Charlotte</td></tr><tr><td>MRN:</td><td>61099120</td></tr><tr><td>DOB:</td><td>04/02/1994</td></tr></table>
  <h2>Infant</h2>
  <table><tr><td>Infant:</td><td>Oduya, Baby Boy</td></tr><tr><td>MRN:</td><td>61100530</td></tr><tr><td>DOB:</td><td>12/01/2026</td></tr></table></body></html>`;

const read = async (html: string) => (await readInHappyDom(html, 'https://lis.example/bb/issue/9', extractClientContext)).reading;

describe('a patient labelled as the infant', () => {
  it('is the client', async () => {
    for (const label of ['Infant:', 'Newborn:', 'Baby Name:']) {
      const r = await read(nicu(label));
      expect(r?.name, label).toBe('Juniper Haverford');
      expect(r?.mrn, label).toBe('61100482');
    }
  });

  it('not on the mother’s record that names her baby in a section of its own', async () => {
    const r = await read(mothers);
    expect(r?.name).toBe('Charlotte Oduya');
    expect(r?.mrn).toBe('61099120');
  });
});
