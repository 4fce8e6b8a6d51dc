import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A health plan's utilization review prints the treating facility's chart number for the member ("Facility MR#")
 * below the plan's member id: the member's record number, ahead of the plan's (labels.ts). Markup of our own,
 * synthetic people.
 */
describe("a review's facility MR#", () => {
  it('is the record number ahead of the member id', async () => {
    const { reading } = await readInHappyDom(
      `<!DOCTYPE html><html><head><title>Concurrent Review</title></head><body>
       <div class="member"><div><span>Member:</span> <span>ARKWRIGHT, PERPETUA JUNE</span></div>
       <div><span>Member ID:</span> <span>KLM550219004</span></div>
       <div><span>DOB:</span> <span>03/30/1952</span></div></div>
       <table><tr><th>Facility</th><td>Granite Falls Hospital</td><th>Facility MR#</th><td>GF-771204</td></tr>
       <tr><th>Admit Date</th><td>12/02/2026</td><th>Level of care</th><td>Acute</td></tr></table>
       </body></html>`,
      'https://um.plan.example/reviews/42',
      extractClientContext,
    );
    expect(reading?.name).toBe('Perpetua June Arkwright');
    expect(reading?.mrn).toBe('GF-771204');
  });
});
