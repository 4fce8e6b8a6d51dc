import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A hospice's admission starts the client's stay with it, as a skilled nursing facility's or a rehab unit's does
 * (labels.ts): 'Hospice admission', 'Hospice admission date'. Markup of our own, synthetic people.
 */
const chart = (label: string) => `<!DOCTYPE html><html><head><title>IDG note</title></head><body>
<div class="app">Hospice › Patients · Signed in: Renata Bliss, RN</div>
<header class="pt"><div><h1>Whitfield, Cordelia Mae</h1><div>Female · 88 y · Routine Home Care</div></div>
<table><tr><td>MRN</td><td>HSP-004417</td></tr><tr><td>DOB</td><td>03/22/1938</td></tr></table>
<table><tr><td>${label}</td><td>09/20/2026</td></tr><tr><td>Attending</td><td>Dr. Phillip Zaragoza</td></tr></table></header>
<main><p>Son Gerald Whitfield (DOB 06/14/1961) visits weekends.</p></main></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://hospice.example.org/patients/4417/idg', extractClientContext)).reading;

describe("a hospice's admission", () => {
  it('is a label of the admission', () => {
    for (const l of ['Hospice admission', 'Hospice admission date', 'Hospice Admit Date']) expect(matchLabel(l)?.field, l).toBe('admitDate');
  });

  it("dates the client's stay in a hospice chart's header", async () => {
    const r = await read(chart('Hospice admission'));
    expect(r).toMatchObject({ name: 'Cordelia Mae Whitfield', mrn: 'HSP-004417', dob: '1938-03-22', admitDate: '2026-09-20' });
  });
});
