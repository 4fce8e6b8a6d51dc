import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A chart header of buttons (CPRS-style): the encounter location's button, dated by the visit list's admitted entry at
 * that place (encounter-button.ts). Markup of our own, synthetic people.
 */
const page = (location: string, visits: string) =>
  `<!DOCTYPE html><html><head><title>Cover Sheet</title></head><body><div class="hdr" role="toolbar">` +
  `<button type="button" class="pt" title="Select a new patient"><b>ABERCROMBIE,LEOPOLD T</b><br>666-81-2290&nbsp;&nbsp;Mar 02,1944 (82)</button>` +
  `<button type="button" title="Change encounter location and provider">${location}<br>Provider: OSEI,KWAME</button></div>` +
  `<div class="pane"><h4>Appointments/Visits/Admissions</h4><ul>${visits}</ul></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://cprs.example.org/chart/coversheet?dfn=55102', extractClientContext)).reading;

describe("a header's encounter-location button", () => {
  it('gives the place and the admission when the visit list admits the client there', async () => {
    const r = await read(page('5 NORTH MED&nbsp;&nbsp;514-A', '<li>Dec 01,2026@10:05 5 NORTH MED — Admitted</li><li>Sep 12,2026@09:00 CARDIO CLINIC — Checked out</li>'));
    expect(r).toMatchObject({ name: 'Leopold T. Abercrombie', dob: '1944-03-02', admitDate: '2026-12-01', location: '5 NORTH MED 514-A' });
  });

  it('gives neither for a clinic visit with no admission there', async () => {
    const r = await read(page('CARDIO CLINIC', '<li>Dec 01,2026@10:05 5 NORTH MED — Admitted</li><li>Sep 12,2026@09:00 CARDIO CLINIC — Checked out</li>'));
    expect(r).toMatchObject({ name: 'Leopold T. Abercrombie', dob: '1944-03-02' });
    expect(r?.location).toBeUndefined();
    expect(r?.admitDate).toBeUndefined();
  });
});
