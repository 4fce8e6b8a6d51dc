import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A platform linked to a chart prints its own patient id beside the EMR's record number (emr-linked-id.ts).
 * Markup of our own, synthetic people.
 */
const page = (ids: string) => `<!DOCTYPE html><html><head><title>Patient | CarePulse</title></head><body>
<header><span class="brand">CarePulse</span><span class="me">Odile Farkas, RN</span></header>
<main><div class="head"><h1>Benedikt Oyelowo-Strand</h1>
<div class="sub">${ids} · DOB 08/30/1952 · 74 · M</div>
<div class="sub">Phone: 503-555-0147 · Program: COPD</div></div>
<section><h2>Readings</h2><p>SpO2 93% — 07:40</p></section></main></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://app.carepulse.example/patients/5521', extractClientContext)).reading;

describe("a linked platform's patient id beside the EMR's number", () => {
  it("reads the EMR's number as the record number, wherever it stands", async () => {
    for (const ids of ['Patient ID: <b>CP-5521</b> · EMR ID: <b>W0098812</b>', 'EHR MRN: <b>W0098812</b> · Patient ID: <b>CP-5521</b>']) {
      const r = await read(page(ids));
      expect(r?.name, ids).toBe('Benedikt Oyelowo-Strand');
      expect(r?.mrn, ids).toBe('W0098812');
    }
  });

  it('still gives up on two record numbers when neither is the EMR’s', async () => {
    const r = await read(page('Patient ID: <b>CP-5521</b> · Chart #: <b>W0098812</b>'));
    expect(r?.mrn).toBeUndefined();
  });
});
