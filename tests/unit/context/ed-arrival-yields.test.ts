import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** An ED tracking page for a patient the department admitted. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://track.example.org/ed/patient/991', extractClientContext)).reading;
const page = (rows: string) =>
  `<div class="hdr"><h2>Moreau, Lucien</h2><div>MRN 4418820 · DOB 02/19/1970</div></div><table>${rows}</table>`;

describe('an ED arrival beside the admission it led to', () => {
  it('yields to the date labelled as the admission', async () => {
    for (const label of ['Admitted (inpatient)', 'Admission date', 'Inpatient admit time']) {
      const rows = `<tr><td>ED Arrival</td><td>11/14/2026 23:05</td></tr><tr><td>${label}</td><td>11/15/2026 04:30</td></tr>`;
      expect(await read(page(rows))).toMatchObject({ name: 'Lucien Moreau', admitDate: '2026-11-15' });
    }
  });

  it('is the stay where nothing names an admission', async () => {
    const rows = `<tr><td>ED Arrival</td><td>11/14/2026 23:05</td></tr><tr><td>Disposition</td><td>Home</td></tr>`;
    expect(await read(page(rows))).toMatchObject({ name: 'Lucien Moreau', admitDate: '2026-11-14' });
  });
});
