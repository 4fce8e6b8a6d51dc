import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A status word in a headed table's body cell ("Enrolled" under "Status") is the column's value, not a label of the date in
 * the next cell (column-value.ts). Markup of our own, synthetic people.
 */
const page = (status: string) =>
  `<!DOCTYPE html><html><head><title>Member</title></head><body><div class="hdr"><div class="nm">PRZYBYLSKI, TEODOR</div>` +
  `<div><span>Member ID:</span> <span>QH7710245</span></div><div><span>DOB:</span> <span>02/08/1949</span></div></div>` +
  `<h3>Programs</h3><table><tr><th>Program</th><th>Status</th><th>Start</th><th>End</th></tr>` +
  `<tr><td>Heart Failure Outreach</td><td>${status}</td><td>09/30/2026</td><td></td></tr></table></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://cm.example.org/member/8871', extractClientContext)).reading;

describe('a status word in a table row', () => {
  it('labels no stay', async () => {
    for (const status of ['Enrolled', 'Admitted']) {
      const r = await read(page(status));
      expect(r, status).toMatchObject({ name: 'Teodor Przybylski', mrn: 'QH7710245', dob: '1949-02-08' });
      expect(r?.admitDate, status).toBeUndefined();
    }
  });
});
