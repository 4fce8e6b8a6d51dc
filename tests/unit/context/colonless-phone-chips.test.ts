import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A banner's phone chips printed without their colons (the corpus's no-label-colons mutation), on markup of our own. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://ehr.example.org/chart/summary', extractClientContext)).reading;

const banner = (phoneRow: string) => `<div class="hdr" id="patient-header"><div class="who">Lindqvist, Maren J</div>
  <div class="row"><span>Female</span><span>58 y.o.</span><span>3/2/1968</span><span>MRN 7730152</span></div>
  <div class="row">${phoneRow}</div></div>`;

/** A header of columns, two chips to a column, as care-management headers print it. */
const columns = (phoneChip: string) => `<div id="banner">
<div class="col"><div class="nm">Lindqvist, Maren Johanna</div><div>Female, 58 y.o., 03/02/1968</div></div>
<div class="col"><div>MRN 7730152</div><div>CSN 5529014471</div></div>
<div class="col"><div>PCP Okafor, Daniel, MD</div><div>Care Mgr Brandt, Ilse, RN</div></div>
<div class="col"><div>${phoneChip}</div><div>Pref. Lang Norwegian (interpreter)</div></div></div>`;

describe('a phone chip captioned by a bare word, no colon (labelled.ts, bare-phone-token.ts)', () => {
  it("reads 'Home (503) 555-0181' in a chip of its own as the client's phone", async () => {
    const r = await read(columns('Home (503) 555-0181'));
    expect(r).toMatchObject({ name: 'Maren Johanna Lindqvist', mrn: '7730152', phone: '(503) 555-0181' });
  });

  it('reads no phone where the bare word captions more than a whole number', async () => {
    const r = await read(columns('Home 12 Alder Way 97201'));
    expect(r?.phone).toBeUndefined();
  });
});

describe("a phone chip after a mobile's letter, no colon (gp-letter-phone.ts)", () => {
  it("reads 'M 503-555-0181' alone in the banner as the client's phone", async () => {
    const r = await read(banner('<span>Lang English</span> <div>M 503-555-0181</div>'));
    expect(r).toMatchObject({ name: 'Maren J. Lindqvist', phone: '503-555-0181' });
  });
});

describe("a phone chip right after another person's colon-less label (colonless-others-lead.ts)", () => {
  it("leaves the PCP's phone unread", async () => {
    const r = await read(banner('<div>PCP Harold Finch, MD</div><div>Phone 503-555-0144</div>'));
    expect(r).toMatchObject({ name: 'Maren J. Lindqvist', mrn: '7730152' });
    expect(r?.phone).toBeUndefined();
  });
});
