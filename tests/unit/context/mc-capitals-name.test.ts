import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Charts print the family name in capitals but keep a Mc/Mac prefix's small letter ("McCLUSKEY, ORLA B (Ola)", the name used after it): still
 * the bare "FAMILY, GIVEN" a banner leads with (first-text-name.ts). Markup of our own.
 */
const page = (name: string) => `<!DOCTYPE html><html><head><title>Chart</title></head><body>
<div class="top">Office: Pinecrest Ortho &middot; Login: PRUIZ (Pilar Ruiz, Front Desk)</div>
<div class="pt">
 <div class="nm">${name}</div>
 <div class="lv"><span class="lab">Chart#</span><span>MCCOR0002</span></div>
 <div class="lv"><span class="lab">DOB</span><span>05/14/1979</span></div>
 <div class="lv"><span class="lab">Sex</span><span>F</span></div>
 <div class="lv"><span class="lab">Resp Party</span><span>McCLUSKEY, SEAN (Guarantor)</span></div>
 <div class="lv"><span class="lab">Acct#</span><span>G-100442</span></div>
 <div class="lv"><span class="lab">Cell</span><span>(801) 555-0162</span></div>
</div>
</body></html>`;
const read = async (name: string) => (await readInHappyDom(page(name), 'https://pm.example.org/chart/face', extractClientContext)).reading;

describe('a family name in capitals after Mc or Mac', () => {
  it('leads the banner as its name', async () => {
    expect(String((await read('McCLUSKEY, ORLA B <span>(Ola)</span>'))?.name).toLowerCase()).toBe('orla b. mccluskey');
    expect(String((await read('MacDONALD, EWAN <span>(Wee Ewan)</span>'))?.name).toLowerCase()).toBe('ewan macdonald');
  });
});
