import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A phone-width summary's definition list laid out two columns wide, each row of captions above its row of values
 * ("DOB SEX" over "02/27/1993 F"): the k-th term of a run describes the k-th description after it (dl-term-run.ts).
 * Markup of our own, synthetic people.
 */
describe('a run of terms above a run of descriptions', () => {
  it('pairs them by position', async () => {
    const { reading } = await readInHappyDom(
      `<!DOCTYPE html><html><head><title>Summary</title></head><body>
       <div class="top">Lakeview Clinic · Dr. Anneliese Broch</div>
       <div class="hdr"><div class="name">Peregrine Okonkwo-Vance</div>
       <dl><dt>DOB</dt><dt>SEX</dt><dd>07/04/1985</dd><dd>M</dd>
           <dt>MRN</dt><dt>PCP</dt><dd>LV-302218</dd><dd>Anneliese Broch, MD</dd></dl></div>
       <div class="card"><h3>Family</h3><p>Son: Idris Okonkwo-Vance, DOB 02/02/2015</p></div></body></html>`,
      'https://ehr.example.org/m/patients/LV-302218',
      extractClientContext,
    );
    expect(reading?.name).toBe('Peregrine Okonkwo-Vance');
    expect(reading?.dob).toBe('1985-07-04');
    expect(reading?.mrn).toBe('LV-302218');
  });
});
