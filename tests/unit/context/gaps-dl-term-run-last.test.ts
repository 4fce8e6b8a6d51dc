import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A run of terms above a run of descriptions: the run's last term ("SEX", "TEL", "PH#") describes the run's last
 * description, not the first description that follows it (dl-term-run.ts). Our own markup, synthetic people.
 */
const page = (terms: string) =>
  `<!DOCTYPE html><html><head><title>Summary</title></head><body><div class="top">Harbourside Clinic · Dr. Tomasz Wilk</div>` +
  `<div class="hdr"><div class="name">Ottilie Brandvold-Asante</div><dl>${terms}</dl></div>` +
  `<div class="card"><h3>Family</h3><p>Husband: Kwame Asante · (503) 555-0191</p></div></body></html>`;
const read = async (terms: string) => (await readInHappyDom(page(terms), 'https://ehr.example.org/m/patients/HC-770214', extractClientContext)).reading;

describe("a run of terms' last term", () => {
  it('reads the sex and the phone under terse captions', async () => {
    const r = await read('<dt>DOB</dt><dt>SEX</dt><dd>11/03/1979</dd><dd>F</dd><dt>MRN</dt><dt>TEL</dt><dd>HC-770214</dd><dd>(503) 555-0147</dd>');
    expect(r).toMatchObject({ name: 'Ottilie Brandvold-Asante', dob: '1979-11-03', sex: 'F', mrn: 'HC-770214', phone: '(503) 555-0147' });
  });

  it('reads a three-term run the same way', async () => {
    const r = await read('<dt>MRN</dt><dt>DOB</dt><dt>PH#</dt><dd>HC-770214</dd><dd>11/03/1979</dd><dd>(503) 555-0147</dd>');
    expect(r).toMatchObject({ mrn: 'HC-770214', dob: '1979-11-03', phone: '(503) 555-0147' });
  });
});
