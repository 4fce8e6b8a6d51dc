import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Pharmacy screens caption the patient number "PAT#:" (labels.ts), yielding to a chart number where both are shown.
 * Markup of our own, synthetic people.
 */
const screen = (first: string) => `<!DOCTYPE html><html><head><title>Rx</title></head><body><pre>
 STORE 0031   PATIENT PROFILE   OPER: KJ
 ${first}   NAME: HALVORSEN, INGRID B        SEX: F
 DOB: 10/02/1951   PHONE: 608-555-0142
</pre></body></html>`;

describe('a pharmacy screen\u2019s PAT# caption', () => {
  it('gives the record number', async () => {
    const { reading } = await readInHappyDom(screen('PAT#: 0071934'), 'https://rx.example.org/patient?p=0071934', extractClientContext);
    expect(reading?.name).toBe('Ingrid B. Halvorsen');
    expect(reading?.mrn).toBe('0071934');
  });

  it('yields to a chart number', async () => {
    const page = `<!DOCTYPE html><html><body><div class="hdr"><span>HALVORSEN, Ingrid B.</span><span>Pat ID: 300912</span><span>Chart #: C-44180</span><span>DOB 10/02/1951</span></div></body></html>`;
    const { reading } = await readInHappyDom(page, 'https://ehr.example.org/enc/1', extractClientContext);
    expect(reading?.mrn).toBe('C-44180');
  });
});
