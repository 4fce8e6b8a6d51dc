import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * "44yo M" after the name in the header's first row, a used name in quotes between them (crm-subtitle.ts).
 * Markup of our own.
 */
const page = (who: string) => `<div id="top"><a>Calendar</a><a>Patients</a><span class="user">Dr. Imre Vasquez ▾</span></div>
<div id="chartinfo"><div class="who">${who}</div>
  <dl class="flyout"><dt>Patient ID</dt><dd>661204</dd><dt>DOB</dt><dd>03/14/1982</dd><dt>Mobile</dt><dd>(555) 410-2291</dd>
    <dt>Email</dt><dd>oskar.l@mail.example</dd><dt>Primary ins</dt><dd>Northwind HMO · ID NWH0041772</dd><dt>PCP</dt><dd>Vasquez, Imre MD</dd>
    <dt>Guarantor</dt><dd>Lindgren, Britta (mother) 05/05/1955</dd></dl>
</div>
<div class="team"><div><b>Tomas Lindgren</b></div><div>52yo F · Guarantor</div></div>`;
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Chart</title></head><body>${body}</body></html>`, 'https://ambu.example.org/chart?id=661204', extractClientContext)).reading;

describe('the sex after the name and its age, with a used name in quotes between', () => {
  it('is read past the quoted used name', async () => {
    expect(await read(page('<span>LINDGREN, Oskar</span> <span>"Ossi"</span> <span>44yo M</span>'))).toMatchObject({ name: 'Oskar Lindgren', mrn: '661204', dob: '1982-03-14', sex: 'M' });
  });

  it('is read in "44 y.o. F" after a plain name', async () => {
    expect(await read(page('<span>LINDGREN, Oskar</span> <span>44 y.o. F</span>'))).toMatchObject({ name: 'Oskar Lindgren', sex: 'F' });
  });

  it('is never read when the age does not fit the birth date', async () => {
    const r = await read(page('<span>LINDGREN, Oskar</span> <span>"Ossi"</span> <span>52yo M</span>'));
    expect(r).toMatchObject({ name: 'Oskar Lindgren', dob: '1982-03-14' });
    expect(r?.sex).toBeUndefined();
  });
});
