import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://practice.example.com/clinicals/encounter.esp?id=8', extractClientContext)).reading;

const banner = `<div class="pbanner"><div class="pname">Oluwaseun Adebayo-Grant</div><div class="pline">7yo F &nbsp; 02-11-2019 &nbsp; #66120</div></div>`;

describe("an encounter bar printing its label, date and visit type without a colon (st-ambulatory-encounter.ts)", () => {
  it('dates an office visit, not a stay', async () => {
    const r = await read(`${banner}<div class="encbar"><span>ENCOUNTER</span> <span>12-04-2026</span> <span>Well Child 6-7 yr</span> <span>DR. OKAFOR</span></div>`);
    expect(r).toMatchObject({ name: 'Oluwaseun Adebayo-Grant', mrn: '66120' });
    expect(r?.admitDate).toBeUndefined();
  });
});
