import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * One name as a FHIR narrative's header line, no class calling it one (mononym.ts): the text alone opening the
 * narrative's <div xmlns>, right before its table of facts. Our own markup and people.
 */
const narrative = (head: string, rows: string) =>
  `<!DOCTYPE html><html><head><title>Patient</title></head><body><div>FHIR Browser › Patient › 7710 <span>Logged in: Dr. Ines Marr</span></div><div><div xmlns="http://www.w3.org/1999/xhtml">${head}<table><tbody>${rows}</tbody></table></div></div></body></html>`;
const facts = '<tr><td>Identifier</td><td>RC-7710 (Ridgecrest)</td></tr><tr><td>Date of birth</td><td><span>04 March 1979</span></td></tr>';
const read = async (html: string) => (await readInHappyDom(html, 'https://fhir.example.org/Patient/7710', extractClientContext)).reading;

describe("one name as a FHIR narrative's header line", () => {
  it('is the name beside the record number and birth date of the table under it', async () => {
    expect(await read(narrative('<div>Suharto</div>', facts))).toMatchObject({ name: 'Suharto', mrn: 'RC-7710', dob: '1979-03-04' });
  });

  it('never without both the record number and the birth date, nor a section word, nor outside a narrative', async () => {
    expect((await read(narrative('<div>Suharto</div>', '<tr><td>Date of birth</td><td>04 March 1979</td></tr>')))?.name).toBeUndefined();
    expect((await read(narrative('<div>Immunizations</div>', facts)))?.name).toBeUndefined();
    expect((await read(narrative('<div>Suharto</div>', facts).replace(' xmlns="http://www.w3.org/1999/xhtml"', '')))?.name).toBeUndefined();
  });
});
