import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A bare page: a name heading straight under <body>, then the record as a one-row table under column captions. Our own markup, synthetic people. */
const page = (body: string) => `<!DOCTYPE html><html><head><title>Chart</title></head><body>${body}</body></html>`;
const read = async (body: string) => (await readInHappyDom(page(body), 'https://ehr.example.org/chart/448812', extractClientContext)).reading;
const head = '<tr><th>MRN</th><th>DOB</th><th>Sex</th><th>Admitted</th></tr>';
const row = '<tr><td>448812</td><td>01/02/1950</td><td>F</td><td>03/04/2024</td></tr>';
const table = `<table>${head}${row}</table>`;
const jane = { name: 'Jane Doe', mrn: '448812', dob: '1950-01-02', sex: 'F', admitDate: '2024-03-04' };

describe('a name heading straight under <body> over a one-row table of column captions', () => {
  it('reads the heading as the name and the row as the record', async () => {
    expect(await read(`<h1>Jane Doe</h1>${table}`)).toMatchObject(jane);
    expect(await read(`<h2>Jane Doe</h2><div><table><thead><tr><th>MRN</th><th>Date of Birth</th><th>Gender</th><th>Admission Date</th></tr></thead><tbody>${row}</tbody></table></div>`)).toMatchObject(jane);
  });

  it('reads no one from a table of two rows, a list', async () => {
    expect(await read(`<h1>Jane Doe</h1><table>${head}${row}<tr><td>551904</td><td>03/09/1961</td><td>M</td><td>05/06/2024</td></tr></table>`)).toBeNull();
    // The second row's identity left blank: still a list, never Jane's record.
    expect((await read(`<h1>Jane Doe</h1><table>${head}${row}<tr><td></td><td></td><td>M</td><td>05/06/2024</td></tr></table>`))?.name).toBeUndefined();
  });

  it('reads no name from a search result of one row', async () => {
    const pager = '<nav><a href="?p=1">Previous</a> <a href="?p=3">Next</a></nav>';
    expect((await read(`<h1>Jane Doe</h1><div><input type="search" value="448812"></div>${table}`))?.name).toBeUndefined();
    expect((await read(`<h1>Jane Doe</h1>${table}${pager}`))?.name).toBeUndefined();
    expect((await read(`<h1>Jane Doe</h1><table><caption>Search results</caption>${head}${row}</table>`))?.name).toBeUndefined();
    expect((await read(`<h1>Jane Doe</h1><form action="/find"><table>${head}${row}</table></form>`))?.name).toBeUndefined();
    expect((await read(`<h1>Jane Doe</h1><table>${head}<tr><td><a href="/chart/448812">448812</a></td><td>01/02/1950</td><td>F</td><td>03/04/2024</td></tr></table>`))?.name).toBeUndefined();
  });

  it('reads no name from a view title', async () => {
    expect((await read(`<h1>Patient Demographics</h1>${table}`))?.name).toBeUndefined();
  });
});
