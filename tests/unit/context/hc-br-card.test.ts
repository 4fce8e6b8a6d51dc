import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A person's card in lines broken by <br> (hc-br-card.ts). Markup of our own, synthetic people. */
const page = (heading: string) =>
  `<!DOCTYPE html><html><head><title>Referral</title></head><body><header><span class="user">Signed in as Blackwood, Oren</span></header><main><h1>Referral Details</h1><div class="block"><h3>${heading}</h3><p><strong>Mireille Okonkwo-Hart</strong><br>Birthdate: 1990-12-25<br>Phone: 651-555-0163</p></div><div class="program"><h3>Program</h3><p>Emergency Rental Assistance</p></div></main></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://network.example.org/referrals/8821', extractClientContext)).reading;

describe("a person's card in lines broken by <br>", () => {
  it('reads the name in bold and the lines it labels', async () => {
    expect(await read(page('Client'))).toMatchObject({ name: 'Mireille Okonkwo-Hart', dob: '1990-12-25', phone: '651-555-0163' });
  });

  it("never under another person's heading, nor as a search's one result", async () => {
    expect(await read(page('Emergency Contact'))).toBeNull();
    expect(await read(page('Search results'))).toBeNull();
  });
});
