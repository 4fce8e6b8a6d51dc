import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A form's caption with a filling instruction in brackets is its label (label-instruction.ts). Our own markup. */
const form = (rows: string) =>
  `<!DOCTYPE html><html><body><h1>Request for Redetermination</h1><table>${rows}<tr><td>Member ID</td><td>WV7730418-02</td></tr></table></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://plan.example.org/forms/redetermination/5', extractClientContext)).reading;

describe('a caption with a filling instruction', () => {
  it('labels its value', async () => {
    const r = await read(form("<tr><td>Enrollee's full name (as shown on the ID card)</td><td>Bartholomew Achebe-Lund</td></tr><tr><td>Enrollee's date of birth (MM/DD/YYYY)</td><td>10/29/1966</td></tr>"));
    expect(r).toMatchObject({ name: 'Bartholomew Achebe-Lund', dob: '1966-10-29', mrn: 'WV7730418-02' });
  });

  it('keeps a bracket that names another person', async () => {
    const r = await read(form("<tr><td>Enrollee's full name (as shown on the ID card)</td><td>Bartholomew Achebe-Lund</td></tr><tr><td>Date of birth (spouse, as shown on the ID card)</td><td>10/29/1966</td></tr>"));
    expect(r?.dob).toBeUndefined();
  });
});
