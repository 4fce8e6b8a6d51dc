import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A FHIR Patient narrative's telecom list, "ph: number(USE)" one item each (listed-contact-points.ts): one person's
 * numbers, the first read; numbers in different lists are not chosen between. Markup of our own, synthetic people.
 */
const page = (telecoms: string, other = '') =>
  `<!DOCTYPE html><html><head><title>Patient example</title></head><body><div><p><b>Generated Narrative: Patient ex-1</b></p>` +
  `<p style="border: 1px solid">Ingeborg Tallis-Mwangi Female, DoB: 1958-10-03 ( Medical record number: 7730015 (use: usual, ))</p>` +
  `<table class="grid"><tr><td>Contact Detail:</td><td><ul>${telecoms}</ul></td></tr>${other}</table></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ig.example.org/Patient-ex-1.html', extractClientContext)).reading;

describe('a narrative listing the patient numbers with their uses', () => {
  it('reads the first number of the one list', async () => {
    const r = await read(page('<li>ph: 715-555-0131(HOME)</li><li>ph: 715-555-0139(MOBILE)</li><li>8 Birch Rd Wausau WI (home)</li>'));
    expect(r).toMatchObject({ name: 'Ingeborg Tallis-Mwangi', mrn: '7730015', phone: '715-555-0131' });
  });
  it('chooses none between numbers in two lists', async () => {
    const r = await read(page('<li>ph: 715-555-0131(HOME)</li>', '<tr><td>Care team:</td><td><ul><li>ph: 715-555-0177(WORK)</li></ul></td></tr>'));
    expect(r?.phone === undefined || r?.phone === '715-555-0131').toBe(true);
  });
});
