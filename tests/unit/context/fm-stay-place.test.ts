import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** Where a stay was, said by a label naming the stay or by a sentence naming the hospital (ip-stay-group.ts, stay-prose.ts). Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://care.example.org/member/4471/transition', extractClientContext)).reading;
const header = '<div class="patient-header"><span class="patient-name">Ignatius Farrow-Adebayo</span> <span>MRN: IF-550912</span> <span>DOB: 04/19/1948</span></div>';
const fields = (rows: [string, string][]) => `<div class="stage"><h2>Discharge</h2>${rows.map(([l, v]) => `<div class="field"><label>${l}</label><span>${v}</span></div>`).join('')}</div>`;

describe("a facility labelled as the stay's, in the stay's group of fields", () => {
  it('is where the stay was', async () => {
    expect(await read(header + fields([['Hospital Admit Date', '11/25/2026'], ['Hospital Discharge Date', '12/01/2026'], ['Discharging Facility', 'Larkspur Valley Medical Center']]))).toMatchObject({ location: 'Larkspur Valley Medical Center', admitDate: '2026-11-25' });
    expect((await read(header + fields([['Admission Date', '11/25/2026'], ['Admitting Hospital', 'St. Oda General']])))?.location).toBe('St. Oda General');
  });

  it('is not read when the label does not say so, nor outside the group', async () => {
    expect((await read(header + fields([['Admission Date', '11/25/2026'], ['Facility', 'Hollins Rehab']])))?.location).toBeUndefined();
    const apart = await read(`<div class="toolbar"><div class="field"><label>Discharging Facility</label><span>Bed Control</span></div></div>${header}${fields([['Admission Date', '11/25/2026']])}`);
    expect(apart?.location).toBeUndefined();
  });
});

describe('a stay written in a sentence naming the hospital', () => {
  const note = (text: string) => `${header}<section><h3>Reason for visit</h3><p>${text}</p></section>`;

  it('reads the hospital it was admitted to', async () => {
    expect(await read(note('Hospital follow-up. Patient was admitted to Lakeshore General on 11/26/2026 for CHF and discharged 11/30/2026.'))).toMatchObject({ location: 'Lakeshore General', admitDate: '2026-11-26', dischargeDate: '2026-11-30' });
    expect((await read(note('Admitted to Harrow Regional Medical Center on 11/26/2026.')))?.location).toBe('Harrow Regional Medical Center');
  });

  it('reads the hospital named after the dates', async () => {
    expect(await read(note('Last admission on file: 11/11/2026 – 11/15/2026, Lakeside Regional.'))).toMatchObject({ location: 'Lakeside Regional', admitDate: '2026-11-11', dischargeDate: '2026-11-15' });
    expect((await read(note('He was admitted 11/20/2026 at Harrow General for pneumonia.')))?.location).toBe('Harrow General');
  });

  it('reads no place that is not a hospital or a ward', async () => {
    expect((await read(note('Admitted 11/20/2026, Dr. Okafor attending.')))?.location).toBeUndefined();
    expect((await read(note('Admitted to Sunrise Home Health on 11/26/2026.')))?.location).toBeUndefined();
  });
});
