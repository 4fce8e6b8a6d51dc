import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { parseDate } from '../../../src/context/parse/dates';

/** An OpenMRS-3-style patient banner whose birth date is in the wide format. Our own markup. */
const page = (demographics: string) =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Patient chart</title></head><body><header><span>OpenMRS</span><span>Outpatient Clinic</span><button>Ama Mensah</button></header>` +
      `<div class="patient-banner" role="banner" aria-label="Patient banner"><div class="patientNameRow"><span class="patientName">Kojo Asante Boakye</span></div>` +
      `<div class="demographics">${demographics}</div><div class="ids"><span>OpenMRS ID: <span class="tag">1003X7</span></span></div></div>` +
      `<main><h4>Vitals</h4><p>No vitals recorded.</p></main></body></html>`,
    'text/html',
  );
const read = (doc: Document) => extractClientContext(doc, 'https://clinic.example.org/patients/0c7d/summary', { adapters: [], today: '2026-12-07' });

describe('a birth date whose parts are set apart by spaced dashes', () => {
  it('parses', () => {
    expect(parseDate('04 — Sep — 1961', { today: { y: 2026, m: 12, d: 7 } })?.iso).toBe('1961-09-04');
  });

  it("is the banner line's birth date, beside its sex and age", async () => {
    const r = await read(page('<span>Male</span><span>&middot;</span><span>65 yrs</span><span>&middot;</span><span>04 — Sep — 1961</span>'));
    expect(r).toMatchObject({ name: 'Kojo Asante Boakye', mrn: '1003X7', dob: '1961-09-04', sex: 'M' });
  });
});
