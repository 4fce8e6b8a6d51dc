import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** An observation stay's start outranks the ED arrival it began with (observation-start.ts). Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://obs.example.org/unit/visit/4471', extractClientContext)).reading;

describe('an observation start beside the ED arrival', () => {
  it('is an admission label', () => {
    for (const label of ['Observation start', 'Obs admit time', 'Placed in observation:', 'Observation start date/time']) expect(matchLabel(label)?.field, label).toBe('admitDate');
    expect(matchLabel('Observation')).toBeNull();
  });

  it('dates the stay, not the arrival', async () => {
    const r = await read(`<h1>Okonjo, Chiamaka</h1><dl><dt>MRN</dt><dd>OB-771203</dd><dt>DOB</dt><dd>04/02/1961</dd>
      <dt>ED arrival</dt><dd>03/09/2026 21:40</dd><dt>Observation start</dt><dd>03/10/2026 02:05</dd><dt>Expected discharge</dt><dd>03/11/2026</dd></dl>`);
    expect(r).toMatchObject({ mrn: 'OB-771203', admitDate: '2026-03-10', dischargeDate: '2026-03-11' });
  });
});
