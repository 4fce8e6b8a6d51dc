import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * "Emergency Shelter" over an enrolment titles the client's own programme, not an emergency contact's block
 * (emergency-visit.ts): the stay's dates under it are the client's. An "Emergency Contact" heading still makes its
 * block another person's. Markup of our own, synthetic people.
 */
const page = (heading: string) =>
  `<!DOCTYPE html><html><head><title>Enrollment</title></head><body><div class="user">Signed in: Rosamund Achterberg</div>
<div class="banner"><h1 class="client-name">Osric Vantongeren</h1><span>ID 77104</span> &bull; <span>DOB 05/30/1984</span> &bull; <span>Male</span></div>
<h2>${heading}</h2>
<table class="summary"><tr><th>Admission Date</th><td>11/02/2026</td></tr><tr><th>Phone</th><td>(555) 014-2277</td></tr></table>
</body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://coc.hmis.example/client/77104/enrollment', extractClientContext)).reading;

describe('an emergency programme heading', () => {
  it("keeps the client's stay under it", async () => {
    for (const heading of ['Program: Westbrook Emergency Shelter', 'Emergency Housing Voucher', 'Emergency Financial Assistance']) {
      expect(await read(page(heading)), heading).toMatchObject({ name: 'Osric Vantongeren', mrn: '77104', admitDate: '2026-11-02' });
    }
  });
  it("while an emergency contact's block is still another person's", async () => {
    expect((await read(page('Emergency Contact')))?.admitDate).toBeUndefined();
  });
});
