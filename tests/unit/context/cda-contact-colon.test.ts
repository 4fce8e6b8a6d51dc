import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * The Lantana stylesheet's header table: the patient's address and phone in one "Contact info:" cell (its label with a
 * colon), lines parted by line breaks. Markup of our own, synthetic people.
 */
const page = (contact: string) => `<!DOCTYPE html><html><head><title>Clinical Summary</title></head><body>
  <h1>Clinical Summary</h1>
  <table class="header">
    <tr><td class="hdr">Patient:</td><td>LOCKWOOD, PERPETUA M</td><td class="hdr">MRN:</td><td>5530172</td></tr>
    <tr><td class="hdr">Birthdate:</td><td>19570914</td><td class="hdr">Sex:</td><td>F</td></tr>
    <tr><td class="hdr">Contact info:</td><td>${contact}</td><td class="hdr">Document Id:</td><td>d-88120</td></tr>
  </table></body></html>`;

describe("the phone in a patient's contact-info cell", () => {
  it('is read after the address lines', async () => {
    const { reading } = await readInHappyDom(page('44 Tamarack Ln<br/>Bangor, ME 04401<br/>Tel: (207) 555-0162'), 'https://hie.example.org/cda/2', extractClientContext);
    expect(reading?.name).toMatch(/Perpetua M\.? Lockwood/i);
    expect(reading?.phone).toBe('(207) 555-0162');
  });

  it('is none for an address alone', async () => {
    const { reading } = await readInHappyDom(page('44 Tamarack Ln<br/>Bangor, ME 04401'), 'https://hie.example.org/cda/2', extractClientContext);
    expect(reading?.phone).toBeUndefined();
  });
});
