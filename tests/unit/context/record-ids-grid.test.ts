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

describe('record ids in a grid of three label-value pairs to a row', () => {
  it("reads the id labelled as the medical record's, though another id comes first", async () => {
    const r = await read(page(`<table>${row('Last Name', 'OYELARAN', 'First Name', 'Temitope', 'MI', 'A')}${row('Patient ID', 'PX-40022', 'Medical Record #', '0071294', 'SSN', 'XXX-XX-1183')}${row('Date of Birth', '11/09/1961', 'Age', '65', 'Sex', 'F')}</table>`));
    expect(r).toMatchObject({ name: 'Temitope A. Oyelaran', mrn: '0071294', dob: '1961-11-09' });
  });
});
