import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { formBoxDate } from '../../../src/context/generic/form-box-date';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** Dates printed in a claim form's boxes (form-box-date.ts). Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://clear.example.org/inst/claims/90/view', extractClientContext)).reading;

describe('a date in form boxes', () => {
  it('reads boxed and run-together month-first dates, leaving CCYYMMDD and other text alone', () => {
    expect(formBoxDate('07 | 04 | 1968')).toBe('07/04/1968');
    expect(formBoxDate('11 30 26')).toBe('11/30/26');
    expect(formBoxDate('09211970')).toBe('09/21/1970');
    expect(formBoxDate('020326')).toBe('02/03/26');
    expect(formBoxDate('19700921')).toBe('19700921');
    expect(formBoxDate('13401970')).toBe('13401970');
    expect(formBoxDate('Room 12 04 B')).toBe('Room 12 04 B');
  });

  it("reads a UB-04's form locators and a CMS-1500 print's boxes", async () => {
    const ub = await read(`<div class="form"><div class="loc"><b>3b MED. REC. #</b> TQ5521907</div><div class="loc"><b>8 PATIENT NAME</b> PELLETIER, ARMAND G</div>
      <div class="loc"><b>10 BIRTHDATE</b> 09211970</div><div class="loc"><b>11 SEX</b> M</div></div>`);
    expect(ub).toMatchObject({ name: 'Armand G. Pelletier', mrn: 'TQ5521907', dob: '1970-09-21', sex: 'M' });
    const cms = await read(`<table><tr><td><span>Patient Name</span> <span>OYELARAN, BISI K</span></td>
      <td><span>Patient Birth Date</span> <span>07 | 04 | 1968</span></td></tr></table>`);
    expect(cms?.dob).toBe('1968-07-04');
  });
});
