import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { normalizeId } from '../../../src/context/parse/fields';

/** A medication-administration screen: a "PRN" schedule cell (as needed) before the last action's time. Our own markup. */
const html =
  `<!DOCTYPE html><html><head><title>Due list</title></head><body><div>User: ABARA,NNEKA (RN)</div>` +
  `<div aria-label="Patient information"><div><label>Patient:</label> WESTERBERG,ILSA MARIT</div><div><label>DOB:</label> 09/14/1948 (78)</div>` +
  `<div><label>Sex:</label> FEMALE</div><div><label>Location:</label> 2 WEST 210-1</div></div>` +
  `<table><tr><th>Medication</th><th>Schedule</th><th>Last Action</th></tr>` +
  `<tr><td>ACETAMINOPHEN 325MG TAB</td><td>PRN</td><td>Dec 05@02:40 GIVEN</td></tr></table></body></html>`;

describe('a clock time is no record number', () => {
  it('refuses a timestamp under an identifier-looking label', () => {
    expect(normalizeId('Dec 05@02:40 GIVEN')).toBeNull();
    expect(normalizeId('11/30 14:22')).toBeNull();
    expect(normalizeId('MRN: 00412-7')).toBe('00412-7');
  });

  it("reads the patient without taking a medication row's time for the record", async () => {
    const reading = await extractClientContext(new DOMParser().parseFromString(html, 'text/html'), 'https://bcma.example.org/vdl', { adapters: [], today: '2026-12-05' });
    expect(reading).toMatchObject({ dob: '1948-09-14', sex: 'F' });
    expect(reading?.mrn).toBeUndefined();
  });
});
