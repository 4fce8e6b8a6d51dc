import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A practice's document-filing screen lists incoming documents by patient, the current one marked aria-current, and
 * shows that document beside the list: a letter whose table labels the patient, ids and birth date. The list is
 * what the user picked the client from, not a page of several clients, when the picked row names the person read
 * (picked-table.ts). Markup of our own, synthetic people.
 */
const page = (current: number) => {
  const rows = [['FENWICK, Odile', 'Clinic letter'], ['MARCHBANKS, Theodora', 'Discharge letter'], ['OYELARAN, Kunle', 'Radiology']]
    .map(([who, type], i) => `<tr${i === current ? ' aria-current="true"' : ''}><td>03/12/2026</td><td>${who}</td><td>${type}</td></tr>`)
    .join('');
  return `<!DOCTYPE html><html><head><title>Filing</title></head><body>
    <table><thead><tr><th>Received</th><th>Patient</th><th>Type</th></tr></thead><tbody>${rows}</tbody></table>
    <div class="doc"><p>Dear Dr Hale,</p><table>
      <tr><td>Patient</td><td>Miss Theodora MARCHBANKS</td><td>Hospital No.</td><td>T5519023</td></tr>
      <tr><td>Date of birth</td><td>17-Mar-1950</td><td>Gender</td><td>Female</td></tr></table>
      <p>Seen in clinic; no change to treatment.</p></div></body></html>`;
};

describe('a list of documents whose picked row names the person read', () => {
  it('is the list the client was picked from: the letter is read', async () => {
    const { reading } = await readInHappyDom(page(1), 'https://docs.practice.example.org/filing?doc=77', extractClientContext);
    expect(reading).toMatchObject({ name: 'Theodora Marchbanks', mrn: 'T5519023', dob: '1950-03-17' });
  });

  it('a picked row naming someone else keeps the page a list', async () => {
    const { reading } = await readInHappyDom(page(0), 'https://docs.practice.example.org/filing?doc=77', extractClientContext);
    expect(reading).toBeNull();
  });
});
