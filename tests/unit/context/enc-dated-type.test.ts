import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A practice header's encounter printed as its date then its type ("Enc: 11/30/2026 Office Visit · Loc: …"): an
 * office visit is no stay, so neither its date nor its clinic is read as an admission or a location
 * (st-ambulatory-encounter.ts); an inpatient encounter printed the same way still is. Markup of our own.
 */
const page = (type: string) => `<!DOCTYPE html><html><head><title>Encounter</title></head><body>
<div class="hdr">
 <div class="r"><span class="nm">FAIRWEATHER, Constance M.</span><span>Chart #: B-20417</span></div>
 <div class="r"><span>DOB: 02/14/1950</span><span>Sex: F</span></div>
 <div class="r"><span>Enc: 11/30/2026 ${type} &middot; Loc: ${type === 'Inpatient' ? '4 West 412' : 'Harbor Family Practice'}</span><span>Alerts: none</span></div>
</div></body></html>`;
const read = async (type: string) => (await readInHappyDom(page(type), 'https://pm.example.org/encounter/B-20417', extractClientContext)).reading;

describe("an encounter's type printed after its date", () => {
  it('makes an office visit no stay', async () => {
    const r = await read('Office Visit');
    expect(r).toMatchObject({ name: 'Constance M. Fairweather', mrn: 'B-20417' });
    expect(r?.admitDate).toBeUndefined();
    expect(r?.location).toBeUndefined();
  });

  it('leaves an inpatient encounter a stay', async () => {
    expect(await read('Inpatient')).toMatchObject({ admitDate: '2026-11-30' });
  });
});
