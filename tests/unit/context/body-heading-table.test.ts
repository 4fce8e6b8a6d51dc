import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A bare page: a name heading straight under <body>, then the record as a label table or list. Our own markup, synthetic people. */
const page = (body: string) => `<!DOCTYPE html><html><head><title>Chart</title></head><body>${body}</body></html>`;
const read = async (body: string) => (await readInHappyDom(page(body), 'https://ehr.example.org/chart/448812', extractClientContext)).reading;
const table = '<table><tr><th>MRN</th><td>448812</td></tr><tr><th>DOB</th><td>01/02/1950</td></tr></table>';
const dl = '<dl><dt>MRN</dt><dd>448812</dd><dt>Date of birth</dt><dd>01/02/1950</dd></dl>';

describe('a name heading straight under <body> over a label table or list', () => {
  it('reads the heading as the name and the table or list as the identity', async () => {
    expect(await read(`<h1>Jane Doe</h1>${table}`)).toMatchObject({ name: 'Jane Doe', mrn: '448812', dob: '1950-01-02' });
    expect(await read(`<h1>Jane Doe</h1>${dl}`)).toMatchObject({ name: 'Jane Doe', mrn: '448812', dob: '1950-01-02' });
  });

  it('reads nothing where the body lists two people', async () => {
    expect(await read(`<h1>Jane Doe</h1>${table}<h1>Rupert Hale</h1><table><tr><th>MRN</th><td>551904</td></tr><tr><th>DOB</th><td>03/09/1961</td></tr></table>`)).toBeNull();
  });

  it('reads no name from a heading after the table, nor from a view title or a hidden heading', async () => {
    expect((await read(`${table}<h1>Jane Doe</h1>`))?.name).toBeUndefined();
    expect((await read(`<h1>Patient Summary</h1>${table}`))?.name).toBeUndefined();
    expect((await read(`<h1 style="display:none">Jane Doe</h1>${table}`))?.name).toBeUndefined();
  });
});
