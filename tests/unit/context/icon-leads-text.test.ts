import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Headers that caption their values with icons put the icon inside the value's element, before its text
 * ("<div><span role=img aria-label="MRN"></span>E1029934</div>"): the icon's label captions that text as it
 * does a value element after it (referenced-caption.ts). Markup of our own, hashed classes as CSS modules print them.
 */
const page = `<!DOCTYPE html><html><head><title>Chart</title></head><body>
<div class="_a1x9" role="banner" aria-label="Patient header">
 <div class="_k2p0">
  <div class="_t7qq">Ottoline Brackenbury</div>
  <div class="_s3m1"><span class="_ic" role="img" aria-label="Date of birth"></span>11/23/1951</div>
 </div>
 <div class="_k2p0">
  <div><span class="_ic" role="img" aria-label="MRN"></span>Q7740215</div>
  <div><span class="_ic" role="img" aria-label="Sex"></span>Female</div>
 </div>
 <div class="_u0">Ferreira, Ana (Pharmacist)</div>
</div>
<main><h3>Summary</h3><p>Stable overnight.</p></main>
</body></html>`;

describe('an icon leading its value in the same element', () => {
  it('captions the value', async () => {
    const r = (await readInHappyDom(page, 'https://ehr.example.org/#/chart/summary', extractClientContext)).reading;
    expect(r).toMatchObject({ name: 'Ottoline Brackenbury', mrn: 'Q7740215', dob: '1951-11-23', sex: 'F' });
  });
});
