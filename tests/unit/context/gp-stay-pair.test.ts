import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A timeline line that gives the whole stay with two colonless labels ("Admitted 11/24/2026, discharged 12/01/2026."):
 * the discharge is read under its own label, not left inside the admission's value (line.ts). Markup of our own,
 * synthetic people.
 */
const page = (line: string) =>
  `<!DOCTYPE html><html><head><title>Clinic</title></head><body><div class="patient-banner"><h1>Tunde Abiola</h1><span>MRN 62271</span><span>DOB 09/19/1956</span></div><main><h2>Timeline</h2><ul><li><b>Inpatient encounter finished</b><p>${line}</p><div>12/01/2026</div></li></ul></main></body></html>`;
const read = async (line: string) => (await readInHappyDom(page(line), 'https://ehr.example.org/chart/62271', (doc, url) => extractClientContext(doc, url, { today: '2026-12-05' }))).reading;

describe('two stay labels in one line', () => {
  it('reads the discharge after a comma, a semicolon or a dash', async () => {
    for (const line of ['Admitted 11/24/2026, discharged 12/01/2026.', 'Admitted 11/24/2026; discharged 12/01/2026', 'Admission date 11/24/2026 - discharge date 12/01/2026']) {
      expect(await read(line)).toMatchObject({ name: 'Tunde Abiola', admitDate: '2026-11-24', dischargeDate: '2026-12-01' });
    }
  });

  it('keeps a range of dates under one label whole', async () => {
    const r = await read('Admitted 11/24/2026, 10:40');
    expect(r).toMatchObject({ admitDate: '2026-11-24' });
    expect(r?.dischargeDate).toBeUndefined();
  });
});
