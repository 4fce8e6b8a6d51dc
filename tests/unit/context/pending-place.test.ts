import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A bed request whose assigned bed is still to come. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://beds.example.org/requests/9921', extractClientContext)).reading;
const page = (bed: string) =>
  `<h1>Bed request</h1><dl><dt>Patient</dt><dd>Corvina Ashdown</dd><dt>MRN</dt><dd>8830127</dd><dt>DOB</dt><dd>05/17/1958</dd><dt>Admit date</dt><dd>12/02/2026</dd><dt>Assigned bed</dt><dd>${bed}</dd></dl>`;

describe('a place still to come', () => {
  it('is no location', async () => {
    for (const bed of ['— pending EVS clean (4N-410)', 'Pending', 'TBD', 'Not yet assigned', 'Awaiting bed 4N-412']) {
      const r = await read(page(bed));
      expect(r).toMatchObject({ name: 'Corvina Ashdown', mrn: '8830127' });
      expect(r?.location).toBeUndefined();
    }
  });

  it('keeps an assigned bed', async () => {
    expect(await read(page('4N-410'))).toMatchObject({ location: '4N-410' });
  });
});
