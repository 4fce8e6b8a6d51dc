import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://ehr.example.org/chart/view', extractClientContext)).reading;

describe('an insurance line whose caption has no colon (plan-number.ts)', () => {
  it("is the plan's: the subscriber's birth date and id there are no second client", async () => {
    const r = await read(`<div class="hdr"><span class="pt">Lindqvist, Maren</span> · F · 54 y</div>
      <div class="hdr-line">DOB 03/11/1972 · MRN 7730415 · Cell (608) 555-0172</div>
      <div class="cov">Insurance Dairyland Health PPO · Subscriber Erik Lindqvist · DOB 06/30/1969 · ID DHP4410982</div>`);
    expect(r).toMatchObject({ name: 'Maren Lindqvist', mrn: '7730415', dob: '1972-03-11', sex: 'F', phone: '(608) 555-0172' });
  });
});
