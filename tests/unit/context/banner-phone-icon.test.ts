import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { afterPhoneIcon } from '../../../src/context/generic/banner-phone-icon';

/** A patient banner whose values carry icons instead of labels, and a care-team card below. Our own markup. */
const page = (bannerPhone: string, card: string) =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Chart</title></head><body><header><span>Signed in: Marta Quispe</span></header>` +
      `<div class="patient-banner"><h2>Tobiah Nakamura</h2><p><i class="icon icon-hash" aria-hidden="true"></i> MRN: 6630018</p>` +
      `<div class="facts"><div><i class="icon icon-calendar" aria-hidden="true"></i><span>09/17/1958 (68 yrs)</span></div>${bannerPhone}</div></div>` +
      `<main>${card}<h3>Problems</h3><ul><li>COPD</li></ul></main></body></html>`,
    'text/html',
  );
const read = (bannerPhone: string, card = '') => extractClientContext(page(bannerPhone, card), 'https://chart.example.org/p/6630018', { adapters: [], today: '2026-12-04' });
const phone = (icon: string, number: string) => `<div>${icon}<span>${number}</span></div>`;

describe("a phone number marked by a phone icon in the patient's banner", () => {
  it('is the client\'s phone', async () => {
    expect(await read(phone('<svg class="lucide lucide-phone" aria-hidden="true"></svg>', '(503) 555-0162'))).toMatchObject({ name: 'Tobiah Nakamura', mrn: '6630018', phone: '(503) 555-0162' });
    expect((await read(phone('<i class="fa-solid fa-phone-alt"></i>', '503-555-0162')))?.phone).toBe('503-555-0162');
  });

  it('is no one\'s outside the banner, after a fax icon, or after an icon with words', async () => {
    const card = `<section class="card"><h3>Care team</h3><p>Dr. Lorna Vance</p>${phone('<i class="fa fa-phone"></i>', '(503) 555-0190')}</section>`;
    expect((await read('', card))?.phone).toBeUndefined();
    expect((await read(phone('<i class="fa fa-fax"></i>', '(503) 555-0170')))?.phone).toBeUndefined();
    const el = new DOMParser().parseFromString('<div><i class="icon-phone">Call</i><span>(503) 555-0162</span></div>', 'text/html').querySelector('span') as Element;
    expect(afterPhoneIcon(el, '(503) 555-0162')).toBe(false);
  });
});
