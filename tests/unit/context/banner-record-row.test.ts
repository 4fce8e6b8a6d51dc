import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** A print banner laid out as a table, above the chart's own record tables. Our own markup. */
const banner = '<table class="pt"><tr><td><strong>Imelda Farrow</strong></td><td><span>Hospital Number: </span><strong>KH2290418</strong></td><td><span>NHS: </span><strong>712 450 3391</strong></td></tr><tr><td><span>DOB: </span><strong>19/04/1950</strong></td><td><span>Ward: </span><strong>Ward 3 - Respiratory</strong></td></tr></table>';
const meds = '<h3>Medications</h3><table><thead><tr><th>Medicine</th><th>Dose</th><th>Prescriber</th><th>Started</th></tr></thead><tbody><tr><td>Metformin 500 mg tablet</td><td>1 tab PO daily</td><td>Mr Colm Brennan</td><td>11/02/2024</td></tr><tr><td>Lisinopril 10 mg tablet</td><td>1 tab PO mane</td><td>Mr Colm Brennan</td><td>30/06/2025</td></tr></tbody></table>';
const doc = (body: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Operation note</title></head><body><nav>Signed in as Ruth Abara</nav>${body}</body></html>`, 'text/html');
const read = (body: string) => extractClientContext(doc(body), 'https://notes.example.nhs.uk/opnote/1182', { adapters: [], today: '2026-12-04' });

describe("a record table's rows are not people", () => {
  it('reads a table banner above a medication table whose rows carry a prescriber and a start date', async () => {
    expect(await read(banner + meds)).toMatchObject({ name: 'Imelda Farrow', mrn: 'KH2290418', dob: '1950-04-19' });
  });

  it('still reads no one from a list whose columns name patients', async () => {
    const list = '<table><thead><tr><th>Patient</th><th>Ward</th><th>Admitted</th></tr></thead><tbody><tr><td>Imelda Farrow</td><td>Ward 3</td><td>19/11/2026</td></tr><tr><td>Conall Reid</td><td>Ward 5</td><td>22/11/2026</td></tr></tbody></table>';
    expect(await read(list)).toBeNull();
    const rows = '<table><thead><tr><th>Full name</th><th>Born</th><th>Seen by</th></tr></thead><tbody><tr><td>Imelda Farrow</td><td>19/04/1950</td><td>Dr Colm Brennan</td></tr><tr><td>Conall Reid</td><td>02/02/1961</td><td>Dr Colm Brennan</td></tr></tbody></table>';
    expect(await read(rows)).toBeNull();
  });
});
