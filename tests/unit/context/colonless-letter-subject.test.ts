import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://ehr.example.org/chart/view', extractClientContext)).reading;

describe("a letter's subject caption printed without its colon (letter-subject.ts)", () => {
  it('opens the line naming whom the letter is about, and is no name itself', async () => {
    const r = await read(`<div class="letterhead">Lakeside Family Medicine · 14 Harbor Rd · (262) 555-0100</div><p>Dear Dr. Whitcombe,</p>
      <p><b>RE</b> Falkenrath, Oskar · DOB 02/27/1958 · MRN 9904417 · Male</p>
      <p>Thank you for seeing Mr. Falkenrath, whom we referred for follow-up of his hip.</p>`);
    expect(r).toMatchObject({ name: 'Oskar Falkenrath', mrn: '9904417', dob: '1958-02-27', sex: 'M' });
  });
});
