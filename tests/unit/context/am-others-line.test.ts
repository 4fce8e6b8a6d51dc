import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Practice-management screens print the guarantor's (the responsible party's) details in the same chips as the
 * patient's: a run of chips another person's label heads is theirs (am-others-line.ts), and a guarantor's or
 * responsible party's line is never a second client. Markup of our own, synthetic people.
 */
const page = (body: string) => `<!DOCTYPE html><html><head><title>Patient Ledger</title></head><body>${body}</body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://pm.example.org/ledger/2231', extractClientContext)).reading;
const bar = '<div class="pt-bar"><span><b>Ferreira, Luzia</b></span><span>DOB: 04/04/1961</span><span>Sex: F</span><span>Acc No: 77120</span></div><h3>Ledger</h3>';

describe("another person's chips", () => {
  it("a guarantor's phone after their birth date is not the client's", async () => {
    for (const who of ['Guarantor', 'Resp Party', 'Emergency Contact']) {
      const r = await read(page(`${bar}<div class="box"><span>${who}: Ferreira, Tomas</span> <span>Rel: Spouse</span> <span>DOB: 09/09/1959</span> <span>Ph: (702) 555-0148</span></div>`));
      expect(r, who).toMatchObject({ name: 'Luzia Ferreira', mrn: '77120', dob: '1961-04-04' });
      expect(r?.phone, who).toBeUndefined();
    }
  });

  it("a responsible party's row beside the patient's is theirs, not a second client", async () => {
    for (const who of ['Resp Party', 'Responsible Party', 'Guarantor']) {
      const r = await read(page(`<div class="acct"><div><span class="lbl">Patient:</span> <b>OKORO, ADANNA</b> <span class="lbl">Chart #:</span> OKO0112 <span class="lbl">DOB:</span> 01/12/1950</div><div><span class="lbl">${who}:</span> <b>OKORO, EMEKA</b> <span class="lbl">DOB:</span> 03/03/1978 <span class="lbl">Phone:</span> (702) 555-0190</div></div>`));
      expect(r, who).toMatchObject({ name: 'Adanna Okoro', mrn: 'OKO0112', dob: '1950-01-12' });
      expect(r?.phone, who).toBeUndefined();
    }
  });
});
