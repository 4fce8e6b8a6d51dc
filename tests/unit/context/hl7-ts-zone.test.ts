import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { hl7Date } from '../../../src/context/generic/tr-hl7-date';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A C-CDA viewer printing the encounter's effective time as raw HL7 timestamps with their zone offsets. Markup of our
 * own, synthetic people.
 */
const page = `<!DOCTYPE html><html><head><title>Discharge Summary</title></head><body>
  <table>
    <tr><td>Patient:</td><td>Akana, Leilani</td><td>Patient IDs:</td><td>7710245</td></tr>
    <tr><td>Birthdate:</td><td>19710620</td><td>Gender:</td><td>F</td></tr>
  </table>
  <table><tr><td>Encompassing Encounter</td><td>Inpatient stay</td><td>Encounter Date</td><td>202609021415-1000 - 202609061030-1000</td></tr></table>
  </body></html>`;

describe('an HL7 timestamp with its zone offset', () => {
  it('dates the stay', async () => {
    const { reading } = await readInHappyDom(page, 'https://ehr.example.org/ccda/incoming/44', (doc, url) => extractClientContext(doc, url, { today: '2026-12-07' }));
    expect(reading?.admitDate).toBe('2026-09-02');
    expect(reading?.dischargeDate).toBe('2026-09-06');
    expect(reading?.dischargeActual).toBe(true);
  });

  it('is a date', () => {
    expect(hl7Date('202609021415-1000')).toBe('2026-09-02');
    expect(hl7Date('20260902141500.123+0530')).toBe('2026-09-02');
  });
});
