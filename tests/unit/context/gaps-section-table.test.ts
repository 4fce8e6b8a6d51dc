import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A heading in a label's words over a table of programme enrolments titles the section: the table's first date is
 * no admission (sc-section-table.ts). Markup of our own, synthetic people.
 */
const read = async (section: string) =>
  (
    await readInHappyDom(
      `<!DOCTYPE html><html><head><title>Participant</title></head><body><div class="ctx"><span><b>Participant:</b> BRANNIGAN, ODILE</span> <span><b>MCI #:</b> 770148263</span> <span><b>DOB:</b> 03/07/1941</span></div>${section}</body></html>`,
      'https://hcsis.example.gov/participant/summary/77',
      extractClientContext,
    )
  ).reading;
const table = `<table><tr><th>Program</th><th>Begin Date</th><th>End Date</th></tr><tr><td>Consolidated Waiver</td><td>07/01/2019</td><td></td></tr><tr><td>Base-Funded Services</td><td>03/01/2015</td><td>06/30/2019</td></tr></table>`;

describe('a heading over a table of rows', () => {
  it('reads no stay date from the table a heading titles', async () => {
    const r = await read(`<h2>Program Enrollment</h2>${table}`);
    expect(r).toMatchObject({ name: 'Odile Brannigan', mrn: '770148263' });
    expect(r?.admitDate).toBeUndefined();
  });

  it('still reads a heading over its one value', async () => {
    const r = await read(`<h3>Admission Date</h3><p>11/02/2026</p>`);
    expect(r?.admitDate).toBe('2026-11-02');
  });
});
