import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://ehr.example.org/chart/view', extractClientContext)).reading;

describe("a strip of chips a relative's caption leads, no colon (relative-led-strip.ts)", () => {
  it("is that relative's: the father's birth date is not a second one of the child's", async () => {
    const r = await read(`<div class="banner"><h2 class="nm">Brennan, Tobias</h2><div>Male · 9 yrs · DOB 05/02/2017 · MRN 60318845</div>
      <div>Father Cormac Brennan · DOB 11/19/1984 · (617) 555-0160</div></div>`);
    expect(r).toMatchObject({ name: 'Tobias Brennan', mrn: '60318845', dob: '2017-05-02', sex: 'M' });
    expect(r?.phone).toBeUndefined();
  });
});
