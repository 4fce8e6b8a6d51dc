import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A FHIR bundle printed entry by entry, each under a heading naming its resource ("Practitioner/52"):
 * what an entry of another person's resource labels is theirs (scr-others-section.ts). Our own markup, no classes.
 */
const entry = (type: string, body: string) => `<div><h3>${type}</h3><div xmlns="http://www.w3.org/1999/xhtml">${body}</div></div>`;
const person = (given: string, family: string, id: string, dob?: string) =>
  `<div>${given} <b>${family} </b></div><table><tbody><tr><td>Identifier</td><td>${id}</td></tr>${dob ? `<tr><td>Date of birth</td><td><span>${dob}</span></td></tr>` : ''}</tbody></table>`;
const page = (entries: string) => `<!DOCTYPE html><html><head><title>Bundle</title></head><body><h1>Bundle (searchset)</h1>${entries}</body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://fhir.example.org/r4/Patient/8812/$everything', extractClientContext)).reading;

describe("a bundle's entries under headings naming their resources", () => {
  it("reads the patient's entry, not the practitioner's identifier beside it", async () => {
    const html = page(entry('Patient/8812', person('Ottoline', 'BRACKENRIDGE', 'KX-558812', '14 February 1944')) + entry('Practitioner/52', person('Cosmo', 'ARKWRIGHT', '1730042291')));
    expect(await read(html)).toMatchObject({ name: 'Ottoline Brackenridge', mrn: 'KX-558812', dob: '1944-02-14' });
  });

  it('reads nothing from a relative or practitioner entry alone', async () => {
    expect(await read(page(entry('RelatedPerson/9', person('Cosmo', 'ARKWRIGHT', 'RP-0090', '02 March 1970'))))).toBeNull();
  });
});
