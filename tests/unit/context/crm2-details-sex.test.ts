import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A record page: a highlights banner (record number, birth date), then enough of the page to leave it
 * behind, then a details form labelling the sex once beside fields with inline-edit buttons
 * (crm2-details-sex.ts, and the value read without its button in pairs.ts). Markup of our own.
 */
const field = (l: string, v: string) => `<div class="fe"><span class="fl">${l}</span><div class="fc"><div class="fs">${v}</div><button title="Edit: ${l}"><svg></svg><span class="sr">Edit: ${l}</span></button></div></div>`;
const banner = `<div class="record-highlights"><h1>Thaddeus Wojcik-Amare</h1><ul><li><p>Client ID</p><p>KR-600419</p></li><li><p>Birthdate</p><p>6/3/1944</p></li><li><p>Care Manager</p><p>Philomena Dray</p></li></ul></div>`;
const filler = `<div class="feed">${Array.from({ length: 60 }, (_, i) => `<div class="post"><span>Update ${i + 1}</span><span>Visit note filed</span></div>`).join('')}</div>`;
const page = (details: string) => `<!DOCTYPE html><html><body><nav><span>Signed in: Philomena Dray</span></nav>${banner}${filler}${details}</body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://crm.example.org/records/40177/view', extractClientContext)).reading;

describe('the sex labelled in the record details below a banner', () => {
  it('is read when the details repeat the banner\'s record number or birth date', async () => {
    expect(await read(page(`<section>${field('Client ID', 'KR-600419')}${field('Gender', 'Male')}${field('Preferred Language', 'Polish')}</section>`))).toMatchObject({ name: 'Thaddeus Wojcik-Amare', mrn: 'KR-600419', dob: '1944-06-03', sex: 'M' });
    expect(await read(page(`<section>${field('Birthdate', '6/3/1944')}${field('Sex', 'Male')}</section>`))).toMatchObject({ sex: 'M' });
  });

  it('is not read from another person\'s details, from details repeating nothing, nor where two are labelled', async () => {
    const relative = `<section><h3>Emergency contact</h3>${field('Name', 'Greta Wojcik')}${field('Birthdate', '2/9/1946')}${field('Gender', 'Female')}</section>`;
    for (const details of [relative, `<section>${field('Gender', 'Female')}${field('Language', 'Polish')}</section>`, `<section>${field('Client ID', 'KR-600419')}${field('Gender', 'Male')}</section>${relative}`]) {
      const r = await read(page(details));
      expect(r?.mrn).toBe('KR-600419');
      expect(r?.sex).toBeUndefined();
    }
  });
});
