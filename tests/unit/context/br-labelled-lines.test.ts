import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A letter or e-mail lists the person's details as one paragraph of "Label: value" lines broken by <br>
 * (br-labelled-lines.ts). Markup of our own, synthetic people.
 */
const read = async (html: string) => (await readInHappyDom(html, 'https://mail.example.org/message/81', extractClientContext)).reading;
const letter = (lines: string[]) =>
  `<!DOCTYPE html><html><body><p>Hi Jonas,</p><p>Her details for the packet:</p><p style="margin-left:.5in">${lines.join('<br>\n')}<o:p></o:p></p><p>Thanks, Ilse Brandt | 555-0111</p></body></html>`;

describe('labelled lines broken by <br>', () => {
  it('reads each line as a label and its value', async () => {
    const r = await read(letter(['Client: Henrike M. Aalders', 'Client ID: 2020-118', 'DOB: 03/19/1950', 'Phone: 414-555-0187 (after 10am)', 'Level of care screen: 11/02/2026 &#8211; nursing-home level']));
    expect(r).toMatchObject({ name: 'Henrike M. Aalders', mrn: '2020-118', dob: '1950-03-19', phone: '414-555-0187' });
  });

  it('leaves a paragraph of prose lines alone', async () => {
    const r = await read(letter(['Henrike Aalders called twice', 'about her 03/19 appointment', 'and the bus pass', 'call her back at 414-555-0187']));
    expect(r).toBeNull();
  });
});
