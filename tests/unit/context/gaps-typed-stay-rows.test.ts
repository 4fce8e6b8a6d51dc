import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An encounters table of visits beside stays, its type column saying which is which (st-typed-rows.ts). Markup of
 * our own, synthetic people; dates around the reader's today (the harness runs at the real date, so they are built).
 */
const iso = (daysAgo: number) => new Date(Date.now() - daysAgo * 86400000).toISOString().slice(0, 10);
const us = (daysAgo: number) => {
  const [y, m, d] = iso(daysAgo).split('-');
  return `${m}/${d}/${y}`;
};
const read = async (rows: [string, string, number, number][]) =>
  (
    await readInHappyDom(
      `<!DOCTYPE html><html><head><title>Clinical Viewer</title></head><body><div role="banner" aria-label="Patient"><span>BRANNIGAN, Odile T.</span> <span><i>DOB:</i> 1941-03-07</span> <span><i>MPI ID:</i> 100448217</span></div>
      <table class="enc"><tr><th>Type</th><th>Facility</th><th>Admit</th><th>Discharge</th><th>Attending</th></tr>${rows.map(([type, place, a, d]) => `<tr><td>${type}</td><td>${place}</td><td>${us(a)}</td><td>${us(d)}</td><td>Pham, Linh DO</td></tr>`).join('')}</table></body></html>`,
      'https://viewer.hie.example.org/patient/100448217/encounters',
      extractClientContext,
    )
  ).reading;

describe('an encounters table typing its rows', () => {
  it('reads the inpatient row, not the emergency visit that opened it on the same day nor an older clinic visit', async () => {
    const r = await read([['Inpatient', 'Valley Medical Center', 11, 6], ['Emergency', 'Valley Medical Center', 11, 11], ['Outpatient', 'Lancaster Clinics', 100, 100]]);
    expect(r).toMatchObject({ admitDate: iso(11), dischargeDate: iso(6), location: 'Valley Medical Center' });
  });

  it('keeps every row where no row is typed a stay', async () => {
    const r = await read([['Emergency', 'Valley Medical Center', 3, 3]]);
    expect(r).toMatchObject({ admitDate: iso(3) });
  });
});
