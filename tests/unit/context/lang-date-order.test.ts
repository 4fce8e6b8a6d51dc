import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { langDateOrder } from '../../../src/context/generic/lang-date-order';

/** A clinic's patient card whose dates all read either way, in a declared language. Our own markup. */
const page = (lang: string, dob = '04/03/1961', admitted = '02/11/2026') =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ''}><head><title>Patient card</title></head><body><header><span>Signed in: Reception (Kim Ashby)</span></header>` +
      `<section class="card"><h2>Penhaligon, Wynne</h2><div><span>MRN: 5518203</span> <span>DOB: ${dob}</span> <span>Female</span></div>` +
      `<div><span>Admitted: ${admitted}</span> <span>Ward: Rosewood</span></div></section>` +
      `<main><p>Observations due every 4 hours.</p></main></body></html>`,
    'text/html',
  );
const read = (doc: Document) => extractClientContext(doc, 'https://clinic.example.org/patient/5518203', { adapters: [], today: '2026-12-04' });

describe("a page's declared language decides dates its own dates leave open", () => {
  it('reads day-first where the language names a day-first region', async () => {
    expect(await read(page('en-AU'))).toMatchObject({ name: 'Wynne Penhaligon', mrn: '5518203', dob: '1961-03-04', admitDate: '2026-11-02' });
    expect((await read(page('en-GB')))?.dob).toBe('1961-03-04');
  });

  it('keeps month-first for US English and Spanish, and for a language without a region', async () => {
    expect((await read(page('en-US')))?.dob).toBe('1961-04-03');
    expect((await read(page('es-US')))?.dob).toBe('1961-04-03');
    expect((await read(page('es')))?.dob).toBe('1961-04-03');
    expect((await read(page('')))?.dob).toBe('1961-04-03');
  });

  it("drops a Canadian page's dates that read apart, and keeps those both orders agree on", async () => {
    const reading = await read(page('en-CA'));
    expect(reading).toMatchObject({ name: 'Wynne Penhaligon', mrn: '5518203' });
    expect(reading?.dob).toBeUndefined();
    expect(reading?.admitDate).toBeUndefined();
    expect((await read(page('en-CA', '04/04/1961', '02/11/2026')))?.dob).toBe('1961-04-04');
  });

  it("yields to the page's own dates", async () => {
    expect((await read(page('en-CA', '04/03/1961', '22/11/2026')))?.dob).toBe('1961-03-04');
    expect((await read(page('en-GB', '04/03/1961', '11/22/2026')))?.dob).toBe('1961-04-03');
  });

  it('reads only the region of the language tag', () => {
    const doc = (lang: string) => new DOMParser().parseFromString(`<html lang="${lang}"><body><p>x</p></body></html>`, 'text/html');
    expect(langDateOrder(doc('en-NZ'))).toBe('DMY');
    expect(langDateOrder(doc('fr-CA'))).toBe('either');
    expect(langDateOrder(doc('en-US'))).toBeUndefined();
    expect(langDateOrder(doc('english'))).toBeUndefined();
  });
});
