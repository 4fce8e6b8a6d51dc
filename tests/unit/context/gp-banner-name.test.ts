import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A chart banner that shows its client's name bare and, below it, a card that labels another person's name with the
 * same birth date (gp-banner-name.ts): never the card's person. Markup of our own, synthetic people.
 */
const page = (banner: string, card: string) =>
  `<!DOCTYPE html><html><head><title>Clinic</title></head><body><div class="top"><span>Clinic EHR</span></div>${banner}<div class="body"><nav aria-label="Chart"><ul><li>Quickview</li><li>Encounters</li></ul></nav><main><h2>Quickview</h2><section><h3>Problems</h3><ul><li>Gout</li></ul></section>${card}</main></div></body></html>`;
const withId = '<div class="patient-banner"><div class="pb-name">ABIOLA, Tunde</div><span>#62271</span><span>70yo M</span><span>DOB 09/19/1956</span></div>';
const headed = '<div class="patient-banner"><h1>Tunde Abiola</h1><span>DOB 09/19/1956</span></div>';
const card = (name: string) => `<section class="card" aria-label="Demographics"><h3>Demographics</h3><dl><dt>Name</dt><dd>${name}</dd><dt>DOB</dt><dd>09/19/1956</dd></dl></section>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ehr.example.org/chart/62271', extractClientContext)).reading;

describe('a labelled name apart from the banner', () => {
  it('reads no one when the banner shows another name', async () => {
    expect(await read(page(withId, card('Grace Whitmore')))).toBeNull();
    expect(await read(page(headed, card('Grace Whitmore')))).toBeNull();
    expect(await read(page(withId, '<section aria-label="Demographics"><div>Name: Grace Whitmore</div><div>DOB: 09/19/1956</div></section>'))).toBeNull();
    // The banner's name as the first value of its line, in no name element.
    expect(await read(page('<div class="patient-banner"><span>ABIOLA, Tunde</span> · <span>#62271</span> · <span>DOB 09/19/1956</span></div>', card('Grace Whitmore')))).toBeNull();
  });

  it('reads the client when the card names the banner client', async () => {
    expect(await read(page(withId, card('Tunde A. Abiola')))).toMatchObject({ name: 'Tunde A. Abiola', mrn: '62271', dob: '1956-09-19' });
    expect(await read(page(headed, card('ABIOLA, TUNDE')))).toMatchObject({ name: 'Tunde Abiola', dob: '1956-09-19' });
  });
});
