import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A member strip printed as a table: one row of values under their column headers is read as labelled
 * values (cm-headed-row.ts); more rows are a list. Markup of our own, synthetic people.
 */
const strip = (rows: string[][]) =>
  `<!DOCTYPE html><html><head><title>Assessment</title></head><body><div class="context"><table><thead><tr><th>Member</th><th>Member #</th><th>Birth Date</th><th>Sex</th><th>Reviewer</th></tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table></div><form><h3>Functional assessment</h3><select><option>Independent</option></select></form></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://plan.example.org/assessment/12', extractClientContext)).reading;

describe('one row of values under column headers', () => {
  it('is read by its headers', async () => {
    const r = await read(strip([['Iwu, Nnamdi', 'ZP-4410039', '10/02/1953', 'Male', 'Fairchild, Oona']]));
    expect(r).toMatchObject({ name: 'Nnamdi Iwu', mrn: 'ZP-4410039', dob: '1953-10-02', sex: 'M' });
  });

  it('never makes a list of one client', async () => {
    const rows = [
      ['Iwu, Nnamdi', 'ZP-4410039', '10/02/1953', 'Male', 'Fairchild, Oona'],
      ['Brandt, Helga', 'ZP-4410051', '03/03/1947', 'Female', 'Fairchild, Oona'],
    ];
    expect(await read(strip(rows))).toBeNull();
  });

  // A face sheet: the client's own table names no birth date; a contacts table with one contact follows it. Family
  // names with an apostrophe, as in the generator's case that found this (the reader then read the daughter).
  const faceSheet = (contactHeads: string[], contactCells: string[], heading = 'Contacts') =>
    `<!DOCTYPE html><html><head><title>Admission Record</title></head><body><main><h1>ADMISSION RECORD</h1><table><tr><th>Patient</th><th>FIN</th></tr><tr><td>Odile O'Neill</td><td>7730000000</td></tr></table><h2>${heading}</h2><table><tr>${contactHeads.map((h) => `<th>${h}</th>`).join('')}</tr><tr>${contactCells.map((c) => `<td>${c}</td>`).join('')}</tr></table></main></body></html>`;

  it.each([
    ['a relationship column', ['Name', 'Relationship', 'Date of Birth'], ["Bruna O'Neill", 'Daughter', '14.Feb.1961']],
    ['a name column not headed as the client\'s', ['Name', 'Date of Birth'], ["Bruna O'Neill", '14.Feb.1961']],
    ['a contact name column', ['Contact Name', 'DOB', 'Phone'], ["Bruna O'Neill", '02/14/1961', '555-0100']],
  ])('never reads a one-row table with %s as the client', async (_, heads, cells) => {
    for (const heading of ['Contacts', 'Family', 'People']) {
      const r = await read(faceSheet(heads, cells, heading));
      expect(r?.name ?? '').not.toMatch(/Bruna/);
      expect(r?.dob).not.toBe('1961-02-14');
    }
  });
});

