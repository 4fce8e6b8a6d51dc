import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** An ADT screen whose patient block is a region named "Patient" for screen readers. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://adt.example.org/transfer', extractClientContext)).reading;
const rows = '<h2>Move Patient</h2><div><span>Patient Name:</span> <span>Ottilie Marchbanks</span></div><div><span>MRN:</span> <span>Q4419027</span></div><div><span>Date of Birth:</span> <span>02/14/1951</span></div>';

describe('aria-label="Patient" on a region', () => {
  it('names the region: its labelled fields are read', async () => {
    for (const region of ['<div role="region" aria-label="Patient">', '<section aria-label="Patient">', '<div role="group" aria-label="Patient">']) {
      expect(await read(`${region}${rows}</${region.startsWith('<section') ? 'section' : 'div'}>`)).toMatchObject({ name: 'Ottilie Marchbanks', mrn: 'Q4419027', dob: '1951-02-14' });
    }
  });

  it('still labels a value element as the patient\'s name', async () => {
    expect(await read('<div class="hdr"><span aria-label="Patient">Ottilie Marchbanks</span> <span>MRN: Q4419027</span> <span>DOB: 02/14/1951</span></div>')).toMatchObject({ name: 'Ottilie Marchbanks', mrn: 'Q4419027' });
  });
});
