import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A name in a value cell followed by a <br> and the next caption in the same cell (name-line.ts), as CDA stylesheets
 * print the patient row. Markup of our own, synthetic people.
 */
const page = (cell: string) =>
  `<!DOCTYPE html><html><head><title>Summary of Care</title></head><body><h1>Summary of Care</h1><table class="hdr"><tbody>` +
  `<tr><td class="role"><span class="lbl">Patient</span></td><td class="val">${cell}</td></tr>` +
  `<tr><td class="role"><span class="lbl">Date of birth</span></td><td class="val">April 2, 1961</td></tr>` +
  `<tr><td class="role"><span class="lbl">Patient IDs</span></td><td class="val">55120873 (1.3.6.1.4.1.9921.2)</td></tr>` +
  `<tr><td class="role"><span class="lbl">Author</span></td><td class="val">Tobias Wenzel-Aarons, MD</td></tr></tbody></table></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://hie.example.org/doc/88/view', extractClientContext)).reading;

describe('a name cell broken by a line break', () => {
  it('ends the name with its first line', async () => {
    const r = await read(page('Marit Solvang-Eze<br><span class="lbl">Contact info</span><div>Home: 12 Aspen Ct, Eau Claire, WI</div>'));
    expect(r).toMatchObject({ name: 'Marit Solvang-Eze', mrn: '55120873', dob: '1961-04-02' });
  });
  it('keeps a name broken over two lines whole', async () => {
    const r = await read(page('SOLVANG-EZE,<br>MARIT'));
    expect(r).toMatchObject({ name: 'Marit Solvang-Eze', mrn: '55120873' });
  });
});
