import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A practice system's patient details beside the family grid it keys the patient by. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://practice.example.com/family?pat=2231', (d, u) => extractClientContext(d, u, { today: '2026-12-07' }))).reading;
const details = '<table><tr><td>Name:</td><td>Petrakis, Ilias</td><td>Chart #:</td><td>PETRIL0</td></tr><tr><td>Birthdate:</td><td>02/11/2009</td><td>Gender:</td><td>Male</td></tr></table>';
const grid = (title: string) => `${title}<table border="1"><tr><th>Name</th><th>Position</th><th>Birthdate</th><th>Chart #</th></tr><tr><td>Petrakis, Sofia</td><td>Guarantor</td><td>07/30/1979</td><td>PETRSO0</td></tr><tr><td>Petrakis, Ilias</td><td>Child</td><td>02/11/2009</td><td>PETRIL0</td></tr><tr><td>Petrakis, Eleni</td><td>Child</td><td>05/05/2013</td><td>PETREL0</td></tr></table>`;

describe('a table titled as the family or household', () => {
  it('lists the people around the patient, not a list of clients', async () => {
    expect(await read(details + grid('<h3>Family Members</h3>'))).toMatchObject({ name: 'Ilias Petrakis', mrn: 'PETRIL0', dob: '2009-02-11', sex: 'M' });
    expect(await read(details + grid('').replace('<table border="1">', '<table border="1" aria-label="Family">'))).toMatchObject({ mrn: 'PETRIL0' });
  });

  it('leaves a table of patients titled otherwise, or saying no place in the family, a list', async () => {
    expect(await read(details + grid('<h3>Patients due today</h3>'))).toBeNull();
    expect(await read(details + grid('<h3>Family</h3>').replace(/Guarantor|Child/g, 'Active'))).toBeNull();
  });
});
