import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A provider's patient 360 shows the chart's number and the plan's member number side by side; a payer's
 * member page shows the member number alone (labels.ts). Markup of our own, synthetic people.
 */
const page = (ids: string) =>
  `<!DOCTYPE html><html><head><title>Patient 360</title></head><body><div class="p360"><aside class="patient-card"><div class="patient-name">Gwendolyn Achterberg</div><div class="facts">Female · 82 · 01/09/1944</div><div class="ids">${ids}</div></aside></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://pophealth.example.org/p360/4410', extractClientContext)).reading;

describe('a member number beside the record number', () => {
  it('yields to the record number, and is the record number alone', async () => {
    expect((await read(page('MRN 77102345 · Member ID XQ55100293')))?.mrn).toBe('77102345');
    expect((await read(page('Mbr ID XQ55100293 | Patient ID 77102345')))?.mrn).toBe('77102345');
    expect((await read(page('Member ID XQ55100293')))?.mrn).toBe('XQ55100293');
  });
});
