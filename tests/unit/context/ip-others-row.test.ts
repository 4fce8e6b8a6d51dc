import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A chart sidebar of blocks of label/value rows. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://ehr.example.org/sidebar', extractClientContext)).reading;
const row = (l: string, v: string) => `<div class="row"><span class="k">${l}</span><span class="v">${v}</span></div>`;
const sidebar = (rows: string) => `<aside class="storyboard"><div class="who"><h2>Ambrose Tillingham</h2><div>MRN: 66120483</div><div>DOB: 09/09/1939</div></div><div class="block"><div class="title">Contacts</div>${rows}</div></aside>`;

describe('a phone in the row after another person\'s row', () => {
  it('is theirs', async () => {
    for (const who of ['Emergency Contact:', 'Next of Kin:', 'Attending:', 'PCP:']) {
      const r = await read(sidebar(row(who, 'Clement Tillingham (Son)') + row('Phone:', '(555) 303-2211')));
      expect(r).toMatchObject({ name: 'Ambrose Tillingham', mrn: '66120483' });
      expect(r?.phone, who).toBeUndefined();
    }
  });

  it('is the client\'s after the client\'s own row', async () => {
    for (const own of ['Preferred Language:', 'FIN:', 'SSN:']) expect(await read(sidebar(row(own, 'English 4471') + row('Phone:', '(555) 303-2299'))), own).toMatchObject({ phone: '(555) 303-2299' });
  });
});
