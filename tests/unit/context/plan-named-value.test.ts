import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://practice.example.org/chart/view?pid=4', extractClientContext)).reading;

describe("a number labelled right after a health plan's name (plan-named-value.ts)", () => {
  it("is the plan's member number; the bar's own '#' number is the record number", async () => {
    const bar = `<div class="bar"><span class="nm">OYELOWO, TEMPERANCE</span> <span class="pid">#61904</span>
      <span class="demo">F 37yo 05/19/1989</span> <span class="cov">Aetna Open Access PPO · ID W300128874</span></div>`;
    expect(await read(bar)).toMatchObject({ name: 'Temperance Oyelowo', mrn: '61904', dob: '1989-05-19' });
  });

  it('leaves a record-number label after a plan name alone', async () => {
    const bar = `<div class="bar"><span class="nm">Quill, Barnaby</span> <span>M 76yo 02/11/1950</span> <span>Humana Gold HMO · MRN 7730215</span></div>`;
    expect(await read(bar)).toMatchObject({ name: 'Barnaby Quill', mrn: '7730215', dob: '1950-02-11' });
  });
});
