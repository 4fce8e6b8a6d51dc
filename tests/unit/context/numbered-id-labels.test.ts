import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A record-and-verify banner's numbered ids (numbered-id-labels.ts). Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Planning</title></head><body>${body}</body></html>`,
    'https://rv.example.org/workspace?p=1', extractClientContext)).reading;

describe('numbered patient ids', () => {
  it('takes ID 1 for the record number and ID 2 for a weaker one', () => {
    expect(matchLabel('ID 1')?.field).toBe('mrn');
    expect(matchLabel('Patient ID1:')?.field).toBe('mrn');
    expect(matchLabel('ID 1')?.weak).toBeUndefined();
    expect(matchLabel('ID2')?.weak).toBe(2);
  });

  it('reads a banner of captions above values', async () => {
    const r = await read(`<table class="b"><tr>
      <td><small>Name</small><br><b>QUISPE, Rosa</b></td>
      <td><small>ID 1</small><br>HX-441902</td>
      <td><small>ID 2</small><br>T-0098</td>
      <td><small>Birth Date</small><br>03-Mar-1960</td>
      <td><small>Sex</small><br>Female</td></tr></table>
      <div>Course C2 · Plan PELVIS_IMRT · 14 of 25 fx</div>`);
    expect(r?.name).toBe('Rosa Quispe');
    expect(r?.mrn).toBe('HX-441902');
  });
});
