import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { exactAge } from '../../../src/context/generic/ehr-age-parts';

/** A header that prints the age to the day beside a numeric birth date. Our own markup. */
const page = (age: string, date: string) =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Clinical</title></head><body><div id="root"><div class="tile" aria-label="Patient Header"><div class="head">` +
      `<p data-testid="patient-name" class="_patientName_k2x9_4">Rosalind Achterberg-Osei</p><div class="_details_k2x9_9">` +
      `<div class="_item_k2x9_12"><i class="fa fa-venus"></i><p>Female</p></div><div class="_item_k2x9_12"><i class="fa fa-calendar"></i><p>${age} | ${date}</p></div>` +
      `</div></div></div><section><h2>Allergies</h2><p>No known allergies</p></section></div></body></html>`,
    'text/html',
  );
const read = (age: string, date: string) => extractClientContext(page(age, date), 'https://clinic.example.org/clinical/patient/7d2e', { adapters: [], today: '2026-12-04' });

describe('an age printed to the day beside the birth date', () => {
  it('reads the birth date the age agrees with', async () => {
    expect(await read('61 years, 2 months, 20 days', '14/09/1965')).toMatchObject({ name: 'Rosalind Achterberg-Osei', dob: '1965-09-14', sex: 'F' });
  });

  it('orders an ambiguous date by the age', async () => {
    expect(await read('23 years, 8 months, 29 days', '05/03/2003')).toMatchObject({ dob: '2003-03-05' });
    expect(await read('23 years, 6 months, 29 days', '05/05/2003')).toMatchObject({ dob: '2003-05-05' });
  });

  it('reads no birth date the age contradicts in both orders', async () => {
    expect((await read('23 years, 8 months, 29 days', '07/01/2003'))?.dob).toBeUndefined();
    expect(exactAge(['23 years', '8 months', '29 days', '07/01/2003'], { y: 2026, m: 12, d: 4 })).toEqual(['23 years']);
  });
});
