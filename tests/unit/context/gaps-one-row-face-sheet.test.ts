import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A short admission record: one label row over one value row, under the document's title (stacked-grid.ts). Markup of our own. */
const page = (title: string) =>
  `<!DOCTYPE html><html><head><title>Admission Record</title></head><body><main><h1>${title}</h1><table class="facesheet"><tr><th>Resident</th><th>Resident #</th><th>FIN</th><th>SSN</th></tr>` +
  `<tr><td>Winifred Achebe-Lowry</td><td>RS-40917</td><td>8834771201</td><td>999-31-0042</td></tr></table></main></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://reports.ltc.example.org/admissionrecord?clientId=40917', extractClientContext)).reading;

describe('one label row over one value row', () => {
  it('is a record under a title naming one', async () => {
    expect(await read(page('ADMISSION RECORD'))).toMatchObject({ name: 'Winifred Achebe-Lowry', mrn: 'RS-40917' });
  });

  it('is a list of one under any other heading', async () => {
    expect(await read(page('Search results'))).toBeNull();
    expect(await read(page('Residents'))).toBeNull();
  });
});
