import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A face sheet's four-column grid numbering its patient twice (the chart's MR# and the visit's Patient #). Markup of our own, synthetic people. */
const page = (body: string) => `<!DOCTYPE html><html><head><title>Face sheet</title></head><body><h1>FACE SHEET</h1>${body}</body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://his.example.org/adt/facesheet', extractClientContext)).reading;
const row = (...cells: string[]) => `<tr>${cells.map((c, i) => (i % 2 ? `<td>${c}</td>` : `<th>${c}</th>`)).join('')}</tr>`;

describe('record ids in a label grid', () => {
  it('reads the first of two numbers in a four-column grid as the record number', async () => {
    const r = await read(page(`<table>${row('Patient Name', 'LUNDQVIST, ARVID P', 'MR#', '0088412')}${row('Birth Date', '05/06/1977', 'Patient #', '2026110934')}${row('Sex', 'M', 'Phone', '(402) 555-0149')}</table>`));
    expect(r).toMatchObject({ name: 'Arvid P. Lundqvist', mrn: '0088412', dob: '1977-05-06' });
  });
});
