import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A referral or transfer packet gives the client's record number at the sending hospital ("Hospital MRN"): it is the
 * record number there, yielding to the receiving facility's own and winning over a plan's member number (labels.ts).
 * Markup of our own, synthetic people.
 */
const page = (rows: [string, string][]) =>
  `<!DOCTYPE html><html><head><title>Incoming Referral</title></head><body><section class="detail"><h1>Incoming Referral</h1><table><tr><th>Patient name</th><td>Mbatha, Sipho</td></tr><tr><th>Date of birth</th><td>02/11/1948</td></tr>${rows.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('')}</table></section></body></html>`;
const read = async (rows: [string, string][]) => (await readInHappyDom(page(rows), 'https://admissions.cedar-rehab.net/inbox/8812', extractClientContext)).reading;

describe("the sending hospital's record number", () => {
  it('is the record number of a referral', async () => {
    for (const label of ['Hospital MRN', 'Hosp. MR #', 'Referring Medical Record #']) {
      const r = await read([['Referring hospital', 'Lakeside General'], [label, 'LG-3390127'], ['Admitted', '11/29/2026']]);
      expect(r?.name, label).toBe('Sipho Mbatha');
      expect(r?.mrn, label).toBe('LG-3390127');
    }
  });

  it("wins over the plan's member number and yields to the facility's own", async () => {
    expect((await read([['Member ID', 'HX44120981'], ['Hospital MRN', 'LG-3390127']]))?.mrn).toBe('LG-3390127');
    expect((await read([['Resident #', 'CR-20417'], ['Hospital MRN', 'LG-3390127']]))?.mrn).toBe('CR-20417');
  });
});
