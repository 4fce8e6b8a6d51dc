import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://ehr.example.org/chart/view', extractClientContext)).reading;

describe('a banner line led by the name, its labels without colons (restored-colons.ts, name-led-labels.ts)', () => {
  it('reads each label with the value after it', async () => {
    const r = await read(`<div class="chart"><div class="hdr"><strong>Vantongeren, Liesbeth</strong> MRN Q2290471 DOB 12/08/1961 Sex Female Phone (414) 555-0139</div>
      <p>Allergies NKDA</p></div>`);
    expect(r).toMatchObject({ name: 'Liesbeth Vantongeren', mrn: 'Q2290471', dob: '1961-12-08', sex: 'F', phone: '(414) 555-0139' });
  });
});
