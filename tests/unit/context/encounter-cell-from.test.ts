import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { splitPeriod } from '../../../src/context/parse/dates';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A document header's encounter cell lists the encounter's id and type on lines before its dates, the period opened by
 * "from". Markup of our own, synthetic people.
 */
const page = `<!DOCTYPE html><html><head><title>Discharge Summary</title></head><body>
  <table><tbody>
    <tr><td><b>Patient</b></td><td>Legal: Odile Marie PRUITT</td><td><b>Date of birth</b></td><td>March 3, 1949</td></tr>
    <tr><td><b>Patient-IDs</b></td><td>5520178 (Brookfield General MRN)</td></tr>
    <tr><td><b>Encounter</b></td><td>Id 8830012<br/>Type: Inpatient<br/>Date: from June 4, 2026 09:10 -0500 to June 9, 2026 14:00 -0500</td></tr>
  </tbody></table></body></html>`;

describe("an encounter cell's period after the encounter's id and type", () => {
  it('reads the admission and the discharge', async () => {
    const { reading } = await readInHappyDom(page, 'https://hie.example.org/cda/8830012', extractClientContext);
    expect(reading?.name).toMatch(/Odile Marie Pruitt/i);
    expect(reading?.admitDate).toBe('2026-06-04');
    expect(reading?.dischargeDate).toBe('2026-06-09');
  });

  it('starts the period at its "from"', () => {
    expect(splitPeriod('Id 8830012Type: InpatientDate: from June 4, 2026 to June 9, 2026')).toEqual({ start: 'June 4, 2026', end: 'June 9, 2026' });
  });
});
