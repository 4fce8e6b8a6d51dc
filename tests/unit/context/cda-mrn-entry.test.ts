import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { markedRecordId } from '../../../src/context/generic/cda-mrn-entry';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A document header's identifier list where the record number is not the first entry, its authority calling it the
 * medical record number. Markup of our own, synthetic people.
 */
const page = (ids: string) => `<!DOCTYPE html><html><head><title>Continuity of Care Document</title></head><body>
  <table><tbody>
    <tr><td><b>Patient</b></td><td>Legal: Idris Naveen CHAUDHRY</td><td><b>Date of birth</b></td><td>July 9, 1966</td></tr>
    <tr><td><b>Patient-IDs</b></td><td>${ids}</td></tr>
  </tbody></table></body></html>`;

describe("the identifier list's entry its authority calls the medical record number", () => {
  it('is read after a member id', async () => {
    const { reading } = await readInHappyDom(page('QW4410993 (Keystone Medicaid Member ID)<br/>6620014 (Allegheny Valley Hospital MRN)'), 'https://hie.example.org/cda/1', extractClientContext);
    expect(reading?.mrn).toBe('6620014');
  });

  it('is read after a vendor person number, the mark before it', async () => {
    const { reading } = await readInHappyDom(page('PX-88120 (Person Number 2.16.840.1.113883.3.9.1)<br/>MRN 4470021 (Medical Record Number 2.16.840.1.113883.3.9.2)'), 'https://hie.example.org/cda/1', extractClientContext);
    expect(reading?.mrn).toBe('4470021');
  });

  it('is no choice when two entries are marked', () => {
    expect(markedRecordId('4410 (North MRN), 5520 (South MRN)')).toBeUndefined();
    expect(markedRecordId('E99120 Lakeside Health MRN (1.2.840.1.7)')).toBe('E99120');
    expect(markedRecordId('MRN55102948')).toBeUndefined();
  });
});
