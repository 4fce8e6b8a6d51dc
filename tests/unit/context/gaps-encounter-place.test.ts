import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Where a hospital stay is, given away from its dates: a discharge summary's "Encounter: Inpatient, <facility>" row
 * (encounter-place.ts), a payer authorisation's "Service Provider" facility (st-service-provider.ts). Markup of our own.
 */
const read = async (body: string) =>
  (
    await readInHappyDom(
      `<!DOCTYPE html><html><head><title>Record</title></head><body>${body}</body></html>`,
      'https://records.example.org/documents/881',
      (doc, url) => extractClientContext(doc, url, { today: '2026-12-05' }),
    )
  ).reading;

const summary = (encounter: string) => `<h2>Discharge Summary</h2><div class="box">
<div><span><b>Patient:</b> Thaddeus Okoro Whitcombe</span> <span><b>MRN:</b> WH-5520331</span></div>
<div><span><b>Birthdate:</b> March 3, 1950</span> <span><b>Sex:</b> Male</span></div>
<div><span><b>Encounter:</b> ${encounter}</span> <span><b>Admitted:</b> November 20, 2026</span> <span><b>Discharged:</b> November 26, 2026</span></div></div>`;

describe("an encounter's class and place", () => {
  it("give the stay's place when the class is a hospital stay", async () => {
    expect(await read(summary('Inpatient, Larchmont Valley Hospital'))).toMatchObject({ admitDate: '2026-11-20', location: 'Larchmont Valley Hospital' });
  });

  it('give no place for an office visit', async () => {
    expect((await read(summary('Office Visit, Larchmont Family Practice')))?.location).toBeUndefined();
  });
});

const auth = (title: string) => `<div class="nav">Portal · Authorizations <span>Signed in: Dana Whitlow</span></div>
<h1>${title}</h1>
<div class="summary"><span>Patient: <b>OSTROWSKI, HALINA M</b></span> | <span>DOB: 06/02/1941</span> | <span>Member ID: MB-44021877</span></div>
<h2>Certification</h2><dl><dt>Certification Number</dt><dd>99120034</dd><dt>Admission Date</dt><dd>11/29/2026</dd><dt>Discharge Date</dt><dd>12/04/2026</dd></dl>
<h2>Service Provider</h2><dl><dt>Facility</dt><dd>Brookhaven Memorial Hospital</dd><dt>Attending Physician</dt><dd>LUNDQVIST, ERIK MD</dd></dl>`;

describe("a payer authorisation's service provider", () => {
  it('is where an authorised hospital stay is', async () => {
    expect(await read(auth('Inpatient Admission — Certified in Total'))).toMatchObject({ name: 'Halina M. Ostrowski', admitDate: '2026-11-29', location: 'Brookhaven Memorial Hospital' });
  });

  it('is not, when the page authorises no hospital stay', async () => {
    const r = await read(auth('Skilled Nursing Admission — Certified'));
    expect(r).toMatchObject({ name: 'Halina M. Ostrowski' });
    expect(r?.location).toBeUndefined();
  });
});
