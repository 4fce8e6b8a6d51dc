import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A run-on line's sex after its last value, a word of its own (line.ts). Markup of our own, synthetic people. */
const read = async (body: string) => (await readInHappyDom(`<!DOCTYPE html><html><head><title>Chart</title></head><body>${body}</body></html>`, 'https://ehr.example.org/chart/4471', extractClientContext)).reading;

describe('the sex after a run-on line\'s last value', () => {
  it('reads it after the record number, in a line with or without separators', async () => {
    for (const line of ['Odile Brannigan DOB 03/07/1941 MRN 123456 F', 'Odile Brannigan · DOB 03/07/1941 · MRN 123456 F', 'Odile Brannigan DOB 03/07/1941 MRN 123456 Female'])
      expect(await read(`<div class="hdr">${line}</div>`), line).toMatchObject({ name: 'Odile Brannigan', mrn: '123456', dob: '1941-03-07', sex: 'F' });
  });

  it('reads no sex when words follow the last value', async () => {
    const r = await read(`<div class="hdr">Odile Brannigan DOB 03/07/1941 MRN 123456 seen today</div>`);
    expect(r).toMatchObject({ name: 'Odile Brannigan', mrn: '123456' });
    expect(r?.sex).toBeUndefined();
  });
});
