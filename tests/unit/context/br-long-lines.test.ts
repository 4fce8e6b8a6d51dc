import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A resource narrative of "Label: value" lines broken by <br>, under a bare title line and too long to be read as one
 * line (br-labelled-lines.ts, read from labelled.ts). Markup of our own, synthetic people.
 */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://registry.example.org/project/res/patient-41', extractClientContext)).reading;
const narrative = (lines: string[]) => `<header><span>Signed in: Marit Oyelaran</span></header>
<div class="narrative"><div xmlns="http://www.w3.org/1999/xhtml"><b>Patient</b><br/>${lines.join('<br/>\n')}</div></div>`;
const fields = [
  'Name: Teodora VASILESCU-HARTLEY',
  'Identifier: 88-207716 (Riverbend Health MRN)',
  'Identifier: 7719-04-2288 (passport ROU)',
  'Birth date: 1977-10-21',
  'Gender: female',
  'Telecom: +1 608 555 0193 (mobile)',
  'Address: 1204 Williamson St, Madison WI 53703, United States of America',
  'Contact: Mihai Vasilescu (brother), +40 21 555 0162',
  'General practitioner: Dr. Annelise Kristoffersen-Ubaldi',
];

describe("a narrative's long block of <br>-broken labelled lines", () => {
  it('reads each line as a label and its value, the title line aside', async () => {
    expect(await read(narrative(fields))).toMatchObject({ name: 'Teodora Vasilescu-Hartley', mrn: '88-207716', dob: '1977-10-21', sex: 'F' });
  });

  it('reads nothing when a line is not labelled (prose, not fields)', async () => {
    const prose = [...fields.slice(0, 4), 'She was seen today and is doing well after the change of her medicines last week.', ...fields.slice(4)];
    expect((await read(narrative(prose)))?.mrn).toBeUndefined();
  });
});
