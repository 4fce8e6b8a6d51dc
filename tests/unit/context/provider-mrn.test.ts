import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://cm.healthplan.example/member/overview?k=4', extractClientContext)).reading;

describe("a care-management platform's 'Provider MRN' or 'Source MRN' (labels.ts)", () => {
  it("is the member's record number, ahead of the plan's member number", async () => {
    const bar = `<div class="bar"><b>Member:</b> Ysolde Fairclough | <b>DOB:</b> 1958-12-01 | <b>Member #:</b> QP-90021847 | <b>Source MRN:</b> 6610294</div>`;
    expect(await read(bar)).toMatchObject({ name: 'Ysolde Fairclough', mrn: '6610294', dob: '1958-12-01' });
  });
});
