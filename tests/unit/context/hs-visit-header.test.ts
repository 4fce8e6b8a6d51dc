import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * A hospital visit header as a label/value table three pairs to a row, the name leading it unlabelled as
 * "Family, Given-Given Middle", a person index ("Client ID") beside the MRN (first-text-name.ts, labels.ts).
 * Markup of our own.
 */
const URL = 'https://scm.example.org/Chart/Visit/IP-26-0041/Flowsheet';
const read = (body: string) => extractClientContext(new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html'), URL);
const header = (name: string, personId: string) =>
  '<div class="visit-header"><table><tbody>' +
  `<tr><td colspan="2">${name}</td><td>Visit ID</td><td>IP-26-0041</td><td>Location</td><td>4 South, Bed 12</td></tr>` +
  '<tr><td>Sex/Age</td><td>M / 58y</td><td>MRN</td><td>KH00418820</td><td>Admit Dt</td><td>30-Nov-2026</td></tr>' +
  `<tr><td>Birth Date</td><td>09-Jun-1968</td>${personId}<td>Disch Dt</td><td></td></tr>` +
  '</tbody></table></div>';

describe('a visit header table led by the name', () => {
  it('reads a hyphenated given name in the "Family, Given" form', async () => {
    const c = await read(header('Delacroix, Jean-Baptiste Olivier', ''));
    expect(c).toMatchObject({ name: 'Jean-Baptiste Olivier Delacroix', mrn: 'KH00418820', dob: '1968-06-09', admitDate: '2026-11-30' });
  });

  it('reads the MRN, not the person index labelled beside it', async () => {
    const c = await read(header('Delacroix, Jean Olivier', '<td>Client ID</td><td>5003398</td>'));
    expect(c).toMatchObject({ name: 'Jean Olivier Delacroix', mrn: 'KH00418820' });
  });

  it('still reads a Client ID where it is the only record number', async () => {
    const c = await read('<div class="client-card"><h2>Jean Olivier Delacroix</h2><div><span>Client ID:</span> C-55120</div><div><span>Date of Birth:</span> 06/09/1968</div></div>');
    expect(c).toMatchObject({ name: 'Jean Olivier Delacroix', mrn: 'C-55120' });
  });
});
