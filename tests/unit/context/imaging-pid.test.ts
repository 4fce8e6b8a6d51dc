import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A viewer overlay's "PID" is the patient's id (dicom-labels.ts). Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Study viewer</title></head><body>${body}</body></html>`,
    'https://imaging.example.org/view/1.2.3.4', extractClientContext)).reading;

describe('a viewer header with PID and an accession number', () => {
  it('reads the PID as the record number, not the accession number', async () => {
    const r = await read(`<div class="hdr"><span>OYELOWO^TAIWO</span> <span>·</span> <span>PID: 70211384</span> <span>·</span>
      <span>DOB: 19660209</span> <span>·</span> <span>M</span> <span>·</span> <span>Acc#: XR55201</span></div><div class="pane">Fundus photo OU</div>`);
    expect(r?.name).toBe('Taiwo Oyelowo');
    expect(r?.mrn).toBe('70211384');
  });
});
