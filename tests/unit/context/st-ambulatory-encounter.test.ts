import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * A document header's Encounter row and a chart's encounter bar give the encounter's type: an office,
 * clinic or virtual visit is no stay, an inpatient encounter is (st-ambulatory-encounter.ts). Markup of our own.
 */
const URL = 'https://portal.clinic.example.org/documents/view?id=D-4471';
const read = (body: string) => extractClientContext(new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Referral Note</title></head><body>${body}</body></html>`, 'text/html'), URL);
const header = (encounter: string) =>
  '<h1>Referral Note</h1><table class="header_table"><tbody>' +
  '<tr><td class="td_label">Patient</td><td><span class="span_value">Ottoline Marguerite FAIRWEATHER</span>' +
  '<div><span class="span_label">Date of birth: </span>March 3, 1948 <span class="span_label">Sex: </span>Female</div>' +
  '<div><span class="span_label">Patient-IDs: </span>FW-33107 (Elmhurst Family Practice)</div></td></tr>' +
  `<tr><td class="td_label">Encounter</td><td>${encounter}</td></tr></tbody></table>`;
const row = (type: string, date: string) =>
  `<span class="span_label">Id: </span>V-88120, <span class="span_label">Type: </span>${type}, <span class="span_label">Date: </span>${date}, <span class="span_label">Location: </span>Elmhurst Family Practice – North Office`;

describe("an encounter typed as a visit", () => {
  it('is no stay: no admission, discharge or place', async () => {
    const c = await read(header(row('Office Visit', 'December 1, 2026')));
    expect(c).toMatchObject({ name: 'Ottoline Marguerite Fairweather', mrn: 'FW-33107', dob: '1948-03-03' });
    expect([c?.admitDate, c?.dischargeDate, c?.location]).toEqual([undefined, undefined, undefined]);
  });

  it('nor is a well-child or established-patient visit with a from … to range', async () => {
    const c = await read(header(row('Established patient office visit', 'from December 2, 2026 9:10 -0600 to December 2, 2026 9:45 -0600')));
    expect(c?.admitDate).toBeUndefined();
  });

  it('while an inpatient encounter keeps its stay', async () => {
    const c = await read(header(row('Inpatient', 'from November 24, 2026 19:42 -0500 to December 2, 2026 11:15 -0500')));
    expect(c).toMatchObject({ admitDate: '2026-11-24', dischargeDate: '2026-12-02' });
  });
});
