import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { normalizeId } from '../../../src/context/parse/fields';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A FHIR narrative prints an identifier as its system, then a slash, then the value, the system often an OID in
 * its own code element. Markup of our own, synthetic people.
 */
const page = `<!DOCTYPE html><html><head><title>Example Patient</title></head><body>
  <h2>Example Patient: pt-ashby</h2>
  <div><p><b>Generated Narrative: Patient</b></p>
    <p><b>identifier</b>: <code>urn:oid:2.16.840.1.113883.19.5.77</code>/AX-4401923</p>
    <p><b>name</b>: Marguerite Olive ASHBY</p>
    <p><b>gender</b>: female</p>
    <p><b>birthDate</b>: 1952-11-03</p></div></body></html>`;

describe('an identifier printed after its OID system', () => {
  it('reads the value, not the system', async () => {
    const { reading } = await readInHappyDom(page, 'https://build.fhir.example/ig/x/Patient-pt-ashby.html', extractClientContext);
    expect(reading?.name).toMatch(/Marguerite Olive Ashby/i);
    expect(reading?.mrn).toBe('AX-4401923');
  });

  it('is never the OID alone', () => {
    expect(normalizeId('urn:oid:2.16.840.1.113883.19.5.77')).toBeNull();
    expect(normalizeId('2.16.840.1.113883.19.5.77')).toBeNull();
    expect(normalizeId('urn:oid:2.16.840.1.113883.19.5.77/AX-4401923')).toBe('AX-4401923');
  });
});
