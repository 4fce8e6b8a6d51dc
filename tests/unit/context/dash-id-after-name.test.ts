import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A labelled name followed by a spaced dash and the patient number, as practice systems title their patient. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://practice.example.com/chart', (d, u) => extractClientContext(d, u, { today: '2026-12-07' }))).reading;

describe('a number after a spaced dash behind a labelled name', () => {
  it('is no word of the name, and is the record number', async () => {
    expect(await read('<p>Patient: <b>Marchbanks, Odile - 7731</b></p><p>DOB: 03/19/1966</p>')).toMatchObject({ name: 'Odile Marchbanks', mrn: '7731', dob: '1966-03-19' });
  });

  it('takes no date after the dash for a number', async () => {
    expect((await read('<p>Patient: <b>Marchbanks, Odile - 03/19/1966</b></p><p>MRN: 88120</p>'))?.mrn).not.toBe('03/19/1966');
  });
});
