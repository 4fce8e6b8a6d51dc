import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { pageDateOrder } from '../../../src/context/generic/banner-date-order';

/** A ward banner whose birth date reads either way, and a stay date that does not. Our own markup. */
const page = (dob: string, admitted: string, footer = '') =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Ward view</title></head><body><header class="app-bar"><span>Signed in: Nurse Ama Boateng</span></header>` +
      `<section class="pt-banner"><h2>Lindqvist, Harriet</h2><div class="pt-meta"><span>MRN: 7720154</span><span>DOB: ${dob}</span><span>Female</span></div>` +
      `<div class="pt-stay"><span>Admitted: ${admitted}</span><span>Ward: 3 North Bed 7</span></div></section>` +
      `<main><h3>Observations</h3><p>Observations due every 4 hours.</p></main><footer>${footer}</footer></body></html>`,
    'text/html',
  );
const read = (doc: Document) => extractClientContext(doc, 'https://wardview.example.org/patient/7720154', { adapters: [], today: '2026-12-04' });

describe("the page's own dates decide a numeric birth date's order", () => {
  it('reads day-first where another date on the page proves it', async () => {
    expect(await read(page('04/03/1961', '22/11/2026'))).toMatchObject({ name: 'Harriet Lindqvist', mrn: '7720154', dob: '1961-03-04', admitDate: '2026-11-22' });
  });

  it('keeps month-first where the page proves that, or where its dates prove nothing or both', async () => {
    expect((await read(page('04/03/1961', '11/22/2026')))?.dob).toBe('1961-04-03');
    expect((await read(page('04/03/1961', '11/02/2026')))?.dob).toBe('1961-04-03');
    expect((await read(page('04/03/1961', '22/11/2026', 'Printed 11/30/2026')))?.dob).toBe('1961-04-03');
  });

  it('counts only dates with one separator and a four-digit year', () => {
    const doc = (text: string) => new DOMParser().parseFromString(`<p>${text}</p>`, 'text/html');
    expect(pageDateOrder(doc('Seen 25.11.2026'))).toBe('DMY');
    expect(pageDateOrder(doc('Seen 11-25-2026'))).toBe('MDY');
    expect(pageDateOrder(doc('Version 25/11-2026, build 2026-11-25, ratio 13/4/2026/1'))).toBeUndefined();
  });

  it("counts what the page shows, not its scripts' and styles' text", () => {
    const doc = new DOMParser().parseFromString('<!DOCTYPE html><html><body><script>var built = "25/11/2026";</script><style>/* 25/11/2026 */</style><p>Seen 04/03/2026</p></body></html>', 'text/html');
    expect(pageDateOrder(doc)).toBeUndefined();
  });
});
