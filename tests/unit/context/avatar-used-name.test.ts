import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A chart header's avatar of initials, then the name with the name used bracketed in a span of its own, then
 * the facts line: the name is the element's whole text but the bracket (hc-avatar-name.ts). Markup of our own.
 */
const page = `<!DOCTYPE html><html><head><title>Chart</title></head><body>
<div class="top"><span>Schedule &middot; Charts</span><span>Dr. Ingrid Solheim</span></div>
<div class="hdr">
 <div class="av" aria-hidden="true">TW</div>
 <div>
  <div class="big">Theodora Wexley <span class="muted">(Teddy)</span></div>
  <div class="sub"><span>Female</span> <span>44 yrs</span> <span>DOB: 1/9/1982</span> <span>PRN: WETH000031</span></div>
 </div>
</div>
<div class="cols"><h4>Profile</h4><div>Emergency contact: Ruth Wexley (mother) (503) 555-0101</div></div>
</body></html>`;

describe("an avatar's name with the name used bracketed after it", () => {
  it('is read without the bracket', async () => {
    const r = (await readInHappyDom(page, 'https://ehr.example.org/#/charts/patients/summary', extractClientContext)).reading;
    expect(r).toMatchObject({ name: 'Theodora Wexley', mrn: 'WETH000031', dob: '1982-01-09', sex: 'F' });
  });
});
