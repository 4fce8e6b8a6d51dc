import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A referral is a document about the client ("Referral to Home Health", "Post-Acute Referral Packet"): its heading is
 * no other person's section, unlike the referring provider's or the referral source's (others.ts). Markup of our own,
 * synthetic people.
 */
const rows = (pairs: [string, string][]) => pairs.map(([l, v]) => `<div class="row"><span class="k">${l}:</span> <span class="v">${v}</span></div>`).join('');
const page = (heading: string) =>
  `<!DOCTYPE html><html><head><title>Referral Detail</title></head><body><div class="patient-bar"><span class="nm">Ifeoma Okwuosa</span> <span>MRN: 55120872</span> <span>DOB: 3/3/1947</span></div><div class="referral"><h3>${heading}</h3>${rows([['Referral Date', '12/04/2026'], ['Patient Phone', '(313) 555-0126']])}</div><div class="source"><h3>Referring provider</h3>${rows([['Name', 'Dr. Lionel Marchand'], ['Phone', '(313) 555-0190']])}</div></body></html>`;
const read = async (heading: string) => (await readInHappyDom(page(heading), 'https://referrals.wayne-post-acute.net/r/5521', extractClientContext)).reading;

describe("a referral's own heading", () => {
  it("leaves the client's phone under it the client's", async () => {
    for (const heading of ['Referral to Home Health', 'Post-Acute Referral Packet', 'Hospice Referral Intake']) {
      const r = await read(heading);
      expect(r?.name, heading).toBe('Ifeoma Okwuosa');
      expect(r?.phone, heading).toBe('(313) 555-0126');
    }
  });
});
