import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://practice.example.com/patient/quick.esp?id=5', extractClientContext)).reading;

describe("a member number inside an insurance caption's value (ins-caption-value.ts)", () => {
  it("is the plan's, and the header's own number is the record number", async () => {
    const card = `<div class="quick"><div class="hd"><span class="nm">Teodora Ilieva</span> <span>44yo F</span> <span>#51207</span></div>
      <div class="row"><span class="cap">DOB</span><span class="val">11-02-1982</span></div>
      <div class="row"><span class="cap">Primary Ins</span><span class="val">Cigna OAP · Member ID U88310294</span></div></div>`;
    expect(await read(card)).toMatchObject({ name: 'Teodora Ilieva', mrn: '51207', dob: '1982-11-02' });
  });
});
