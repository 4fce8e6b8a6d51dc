import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** An IPD dashboard whose header gives the visit's date and whose bed details the admission's. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://ipd.example.org/dashboard', extractClientContext)).reading;
const header = (visit: string) => `<div class="patient-header"><span class="patient-name">Ruslan Terzic</span> <span>MRN: RT-440912</span> <span>DOB: 02/03/1955</span> <span>${visit}</span> <span>25 Nov 26</span></div>`;
const beds = (label: string) => `<section><h2>Bed Details</h2><table><tr><td>Ward</td><td>Ward 9</td></tr><tr><td>${label}</td><td>27 Nov 26</td></tr></table></section>`;

describe('a visit date beside the admission date', () => {
  it('yields to the date labelled as the admission', async () => {
    for (const label of ['Admitted On', 'Admission Date', 'Date of Admission']) expect(await read(header('Visit Date') + beds(label))).toMatchObject({ name: 'Ruslan Terzic', admitDate: '2026-11-27' });
    expect(await read(header('Encounter Date') + beds('Admit Date'))).toMatchObject({ admitDate: '2026-11-27' });
  });

  it('is the admission where nothing else names it, on an inpatient visit (st-visit-date.ts)', async () => {
    expect(await read(header('Visit Date').replace('<span>Visit Date', '<span>Visit: IPD</span> <span>Visit Date'))).toMatchObject({ name: 'Ruslan Terzic', admitDate: '2026-11-25' });
  });
});
