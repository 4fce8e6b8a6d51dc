import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A chart header whose compound line ends with the home phone under a bare caption. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://ehr.example.org/chart/31', extractClientContext)).reading;
const banner = (tail: string) => `<div class="chart-banner"><h1>LINDGREN, Oskar</h1><div>M · 52 y · 04/14/1974 · MRN 772015 · ${tail}</div></div><p>Seen by Dr. Ruth Amsel.</p>`;

describe('a bare "Home" or "H" caption in a compound banner line', () => {
  it('captions the whole phone number after it', async () => {
    expect(await read(banner('Home (612) 555-0143'))).toMatchObject({ name: 'Oskar Lindgren', phone: '(612) 555-0143' });
    expect(await read(banner('H 612-555-0143'))).toMatchObject({ name: 'Oskar Lindgren', phone: '612-555-0143' });
  });

  it('captions nothing that is not a whole phone number', async () => {
    expect((await read(banner('Home 4 West')))?.phone).toBeUndefined();
  });
});
