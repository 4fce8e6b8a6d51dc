import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A monitoring alert's patient block: rows of like spans, no colon, no class naming the caption (row-above-pairs.ts). Markup of our own, synthetic people. */
const page = `<!DOCTYPE html><html><head><title>Alert Detail - Remote Monitoring</title></head><body>
<div class="top"><span>Monitoring Services</span> <span>Reviewer: Dana Whitlow, RN</span></div>
<main class="m"><div class="blk">
  <div><span class="l">Patient</span> <span class="v">Teodor Aaberg-Lund</span></div>
  <div><span class="l">DOB</span> <span class="v">07/23/1948</span> <span class="l">Sex</span> <span class="v">Male</span></div>
  <div><span class="l">Clinic MRN</span> <span class="v">TX-55013</span> <span class="l">Mfr Patient ID</span> <span class="v">MDT-4410-77</span></div>
  <div><span class="l">Cell</span> <span class="v">(512) 555-0117</span></div>
</div></main></body></html>`;

describe('a bare word leading the row above a row of identity labels paired alike', () => {
  it('captions the name in its row', async () => {
    const r = (await readInHappyDom(page, 'https://monitor.example.org/alerts/771', extractClientContext)).reading;
    expect(r).toMatchObject({ name: 'Teodor Aaberg-Lund', dob: '1948-07-23', sex: 'M', mrn: 'TX-55013', phone: '(512) 555-0117' });
  });
});
