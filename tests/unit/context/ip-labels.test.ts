import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';
import { matchLabel } from '../../../src/context/generic/labels';

/** Label spellings of hospital inpatient headers and episode screens. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://ipm.example.org/episode', extractClientContext)).reading;

describe('inpatient label spellings', () => {
  it('reads the estimated or expected date of discharge as an expected discharge', () => {
    for (const l of ['Estimated Date of Discharge', 'Expected Date of Discharge', 'Anticipated date of discharge:']) expect(matchLabel(l)).toMatchObject({ field: 'dischargeDate', dischargeActual: false });
  });

  it('reads a unit record number, a facility-coded one and the VA\'s ICN as the record number', () => {
    for (const l of ['UR No.', 'URN-RBH', 'MRN-GH', 'ICN']) expect(matchLabel(l)?.field, l).toBe('mrn');
    // "urn:oid:…" opens an identifier's system.
    expect(matchLabel('urn:')).toBeNull();
  });

  it('reads them on a page', async () => {
    const html = `<div class="pt-banner" role="banner"><span class="nm">QUIGLEY, Ottoline Mae</span> <span>URN-RBH 660417</span> <span>DOB 22/03/1947</span></div><table><tr><th>Ward</th><td>7D Surgical</td></tr><tr><th>Admitted</th><td>29/11/2026</td></tr><tr><th>Estimated Date of Discharge</th><td>04/12/2026</td></tr></table>`;
    expect(await read(html)).toMatchObject({ name: 'Ottoline Mae Quigley', mrn: '660417', dob: '1947-03-22', admitDate: '2026-11-29', dischargeDate: '2026-12-04', dischargeActual: false });
  });

  it('reads a labelled value in brackets beside the name', async () => {
    const html = '<div class="pt-context" role="banner"><strong>Varga, Ildikó</strong> <span>(MRN: 30057194)</span> <span>DOB: 03/08/1950</span></div>';
    expect(await read(html)).toMatchObject({ name: 'Ildikó Varga', mrn: '30057194', dob: '1950-03-08' });
  });
});
