import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A record's former numbers beside its own (previous-id-labels.ts). Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Chart</title></head><body>${body}</body></html>`,
    'https://emr.example.org/chart/42', extractClientContext)).reading;

describe('previous identifier labels', () => {
  it('labels a former number as not the record number', () => {
    for (const label of ['Old Identification Number:', 'Previous MRN', 'Legacy ID', 'Former Chart #', 'Prior Medical Record Number'])
      expect(matchLabel(label)?.field, label).toBeNull();
  });

  it('ends the record number before an old number on the same line', async () => {
    const r = await read(`<div class="hdr"><h2>Yolanda Fairclough-Nyoni</h2>
      <p>Female &bull; 51 yrs &bull; 02-Oct-1975</p>
      <p>Patient ID: <b>7731KQ</b> &nbsp; Old Identification Number: <b>YF-20931</b></p></div>`);
    expect(r?.name).toBe('Yolanda Fairclough-Nyoni');
    expect(r?.mrn).toBe('7731KQ');
  });
});
