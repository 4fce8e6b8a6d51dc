import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** Inpatient screens that label the ward and the bed apart below the patient header. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://ipd.example.org/patient/dashboard', extractClientContext)).reading;
const header = '<div class="patient-header"><span class="patient-name">Teodor Vasilescu</span> <span>MRN: TV-220914</span> <span>DOB: 11/02/1950</span></div>';
const table = (rows: [string, string][]) => `<section><h2>Bed Details</h2><table>${rows.map(([l, v]) => `<tr><td>${l}</td><td>${v}</td></tr>`).join('')}</table></section>`;
const fields = (rows: [string, string][]) => `<div class="admission"><h2>Admission</h2>${rows.map(([l, v]) => `<div class="field"><label>${l}</label><span>${v}</span></div>`).join('')}</div>`;

describe('a ward and a bed labelled apart', () => {
  it('are one place, the ward\'s then the bed\'s', async () => {
    expect(await read(header + table([['Ward', 'Cardiac Step-Down'], ['Bed', 'CSD-04'], ['Admitted On', '01 Dec 26']]))).toMatchObject({ name: 'Teodor Vasilescu', location: 'Cardiac Step-Down, CSD-04', admitDate: '2026-12-01' });
    expect(await read(header + table([['Admission Ward', 'Ward 3'], ['Bed Number', '22'], ['Admission Date', '01/12/2026']]))).toMatchObject({ location: 'Ward 3, Bed 22' });
  });

  it('are read from the rows of the stay\'s group of fields', async () => {
    expect(await read(header + fields([['Admission Date', '12/01/2026'], ['Ward', 'Cardiac Step-Down'], ['Bed', 'CSD-04']]))).toMatchObject({ location: 'Cardiac Step-Down, CSD-04' });
    expect(await read(header + fields([['Admission Date', '12/01/2026'], ['Unit', 'Cardiac Step-Down']]))).toMatchObject({ location: 'Cardiac Step-Down' });
  });

  it('are not joined with a place elsewhere, nor is a place outside the stay\'s group read', async () => {
    const r = await read(`<div class="toolbar"><div class="field"><label>Unit</label><span>Bed Control Office</span></div></div>${header}${fields([['Admission Date', '12/01/2026'], ['Attending', 'Dr. Ines Marr']])}`);
    expect(r).toMatchObject({ name: 'Teodor Vasilescu', admitDate: '2026-12-01' });
    expect(r?.location).toBeUndefined();
    expect((await read(header + fields([['Admission Date', '12/01/2026'], ['Facility', 'Hollins Rehab']])))?.location).toBeUndefined();
  });
});
