import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * The older viewer stylesheet's header (Lantana cda.xsl) in markup of our own: one row per demographic, its
 * label in a cell the markup calls a "role name". When the patient's own name cannot be read (a test
 * record's "Data Export5"), a label of the rows below is no one's one-word name.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const row = (label: string, value: string) =>
  `<tr><td class="td_header_role_name"><span class="td_label">${label}</span></td><td class="td_header_role_value">${value}</td></tr>`;
const page = (name: string) => `<h1>Clinical Visit Summary</h1><table class="header_table">
  ${row('Patient', name)}${row('Date of birth', 'August 19, 1971')}${row('Sex', 'Female')}${row('Race', 'Asian')}${row('Ethnicity', 'Not Hispanic or Latino')}
  ${row('Contact info', '41 Quarry Road<br>Lakeport, CA 95453, US')}${row('Patient IDs', '60218 2.16.840.1.113883.19.5.3')}</table>`;
const url = 'https://hie.example.org/viewer/Document.aspx?doc=805';

describe("demographic labels are not a one-word name", () => {
  it('reads no one when the only name is one the reader refuses, rather than a row label ("Race", "Ethnicity")', async () => {
    const reading = await extractClientContext(parse(page('Record7 Testcase')), url);
    expect(reading?.name ?? null).toBeNull();
  });

  it('still reads the patient whose name it can read', async () => {
    expect(await extractClientContext(parse(page('Wren Halvorsen')), url)).toMatchObject({ name: 'Wren Halvorsen', dob: '1971-08-19', mrn: '60218' });
  });
});
