import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A row of the client's other names ("Alt. Name:", as FHIR generated narratives print a Patient's further names) is
 * the client's own: the phone in the row after it is still the client's (own-alias-label.ts). Markup of our own,
 * synthetic people.
 */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://build.example.org/ig/Patient-p2.html', extractClientContext)).reading;
const page = (alias: string) => `<div xmlns="http://www.w3.org/1999/xhtml">
<p style="border: 1px #661aff solid; padding: 10px;">Lavinia Quarshie-Holm Female, DoB: 1980-05-06 ( Medical Record Number: QH-20931 (use: usual, ))</p><hr/>
<table class="grid">
<tr><td title="Record is active">Active:</td><td>true</td></tr>
<tr><td title="Alternate names">${alias}</td><td colspan="3">Vinnie Holm (nickname)</td></tr>
<tr><td title="Ways to contact the Patient">Contact Detail</td><td colspan="3"><ul><li>ph: (612) 555-0107 (Mobile)</li><li>lq@example.com</li></ul></td></tr>
<tr><td title="Nominated Contact: Emergency Contact">Emergency Contact:</td><td colspan="3"><ul><li>Bertil Holm</li><li>ph: (612) 555-0108</li></ul></td></tr>
</table></div>`;

describe("a row of the client's other names", () => {
  it('keeps the phone in the row after it the client’s', async () => {
    expect(await read(page('Alt. Name:'))).toMatchObject({ name: 'Lavinia Quarshie-Holm', mrn: 'QH-20931', phone: '(612) 555-0107' });
  });
  it('reads the same after an "AKA:" row', async () => {
    expect((await read(page('AKA:')))?.phone).toBe('(612) 555-0107');
  });
});
