import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** Reference pages illustrate a format with a sample patient's one-line summary: nobody's record (markup of our own). */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Spec</title></head><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://spec.example.org/narrative-guidance.html');

describe('a one-line summary given as an example', () => {
  it('names no client', async () => {
    for (const lead of ['Example:', 'For example,', 'e.g.', 'Sample:']) {
      const page = `<h2>CodeSystem: MaritalStatus</h2><table><tr><td>Name:</td><td>MaritalStatus</td><td>Status:</td><td>active</td></tr></table>
<h3>Concepts</h3><ul><li>M Married</li><li>S Never Married</li></ul><h3>Usage Notes</h3><p>${lead} Patient Odile FERRAND @ Harbor Clinic, MRN = 880142, born 1962-04-19.</p>`;
      expect(await read(page)).toBeNull();
    }
  });

  it('still reads the same summary when it is the page itself', async () => {
    const page = `<h2>Patient record</h2><p>Patient Odile FERRAND @ Harbor Clinic, MRN = 880142, born 1962-04-19.</p>`;
    expect(await read(page)).toMatchObject({ name: 'Odile Ferrand', mrn: '880142', dob: '1962-04-19' });
  });
});
