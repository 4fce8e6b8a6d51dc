import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A referral intake: the facility in the referral's source sent the client, it is not where the client is. Markup of our own, synthetic people. */
const read = async (body: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://intake.example.org/referrals/881', extractClientContext)).reading;
const dl = (rows: [string, string][]) => `<dl>${rows.map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('')}</dl>`;
const person = `<fieldset><legend>Demographics</legend>${dl([['Last Name', 'Achebe'], ['First Name', 'Chidinma'], ['Date of Birth', '10/30/1950'], ['Primary Phone', '(608) 555-0137']])}</fieldset>`;

describe("a referral source's facility", () => {
  it('is not the location', async () => {
    for (const legend of ['Referral Source', 'Referring Provider', 'Referred By']) {
      const r = await read(`<h1>Referral Entry</h1><fieldset><legend>${legend}</legend>${dl([['Referral Date', '12/01/2026'], ['Facility', 'Lakeside Medical Center'], ['Hospital Discharge Date', '12/02/2026']])}</fieldset>${person}`);
      expect(r, legend).toMatchObject({ name: 'Chidinma Achebe', dischargeDate: '2026-12-02' });
      expect(r?.location, legend).toBeUndefined();
    }
  });

  it('names the place when its label says whose it is', async () => {
    const r = await read(`<h1>Referral Entry</h1><fieldset><legend>Referral Source</legend>${dl([['Discharging Facility', 'Lakeside Medical Center'], ['Hospital Discharge Date', '12/02/2026']])}</fieldset>${person}`);
    expect(r).toMatchObject({ location: 'Lakeside Medical Center' });
  });
});
