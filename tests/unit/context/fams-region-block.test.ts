import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A region named by its aria-label that holds a heading, a table or a list of terms titles a block of fields
 * (region-block.ts): a visit's block named "Visit" is no stay from its first date to its last. Markup of our own,
 * synthetic people.
 */
const page = (visit: string) =>
  `<!DOCTYPE html><html><head><title>Clinic</title></head><body>
   <div class="hdr">Occupational Medicine · Provider: Dr. Lena Marsh</div>
   <div class="pt"><span class="n">Harlan P. Quist</span> <span>MRN 40-118820</span> <span>DOB 02/14/1985</span> <span>M</span></div>
   ${visit}</body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://occ.example.org/visits/77/recheck', extractClientContext)).reading;

describe('a region an aria-label names', () => {
  it("gives no stay when it holds a visit's heading and its table of fields", async () => {
    const r = await read(
      page(`<section aria-label="Visit"><h3>Visit 12/04/2026 – Recheck</h3><table><tr><td>Work status</td><td>Modified duty through 12/18/2026</td></tr><tr><td>Next visit</td><td>12/11/2026</td></tr></table></section>`),
    );
    expect(r?.name).toBe('Harlan P. Quist');
    expect(r?.admitDate).toBeUndefined();
    expect(r?.dischargeDate).toBeUndefined();
  });

  it('still labels a field that shows one value', async () => {
    const r = await read(page(`<div><span>Room</span> <span aria-label="Visit">11/28/2026 – 12/01/2026</span></div>`));
    expect(r?.admitDate).toBe('2026-11-28');
  });
});
