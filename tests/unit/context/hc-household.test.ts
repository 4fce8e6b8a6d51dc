import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A table of the people around one client is no list of clients (hc-household.ts). Markup of our own, synthetic people. */
const sheet = (contactsHead: string[]) =>
  `<!DOCTYPE html><html><head><title>Face Sheet</title></head><body><div class="sheet"><h2>Face Sheet</h2><table class="fs"><tr><td>Patient Name</td><td>Lindgren, Astrid</td><td>Patient #</td><td>H-4410</td></tr><tr><td>DOB</td><td>09/09/1938</td><td>Sex</td><td>F</td></tr></table>` +
  `<h3>Household</h3><table class="fs"><tr>${contactsHead.map((h) => `<th>${h}</th>`).join('')}</tr><tr><td>Lindgren, Nils</td><td>Spouse</td><td>02/02/1941</td></tr><tr><td>Lindgren, Karin</td><td>Daughter</td><td>06/18/1966</td></tr></table></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://hospice.example.org/facesheet/4410', extractClientContext)).reading;

describe("a table of the client's household", () => {
  it('leaves the face sheet readable', async () => {
    for (const rel of ['Relationship', 'Relation to Patient']) expect(await read(sheet(['Name', rel, 'DOB'])), rel).toMatchObject({ name: 'Astrid Lindgren', mrn: 'H-4410', dob: '1938-09-09' });
  });

  it('still makes a table of people without it a list', async () => {
    expect(await read(sheet(['Name', 'Program', 'DOB']))).toBeNull();
  });
});
