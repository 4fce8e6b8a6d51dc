import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A chart banner and, far below it, a card that repeats its identity (a quick view's "Demographics" card): the banner
 * beside the one name stands for the record (am-one-named-banner.ts). Markup of our own, synthetic people.
 */
const banner = (name: string) => `<div class="patient-banner"><div class="pb-name">${name}</div><span>#62271</span><span>70yo M</span><span>DOB 09/19/1956</span></div>`;
const card = (rows: string) => `<section class="card" aria-label="Demographics"><h3>Demographics</h3><dl>${rows}</dl></section>`;
const page = (top: string, below: string) => `<!DOCTYPE html><html><head><title>Clinic</title></head><body><div class="top"><span>Clinic EHR</span></div>${top}<div class="body"><nav aria-label="Chart"><ul><li>Quickview</li><li>Encounters</li></ul></nav><main><h2>Quickview</h2><section><h3>Problems</h3><ul><li>Gout</li></ul></section>${below}</main></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ehr.example.org/chart/62271', extractClientContext)).reading;

describe('a banner and a card repeating its identity', () => {
  it('reads the client beside the banner', async () => {
    const r = await read(page(banner('ABIOLA, Tunde'), card('<dt>Patient ID</dt><dd>62271</dd><dt>DOB</dt><dd>09/19/1956</dd><dt>Mobile</dt><dd>(617) 555-0145</dd>')));
    expect(r).toMatchObject({ name: 'Tunde Abiola', mrn: '62271', dob: '1956-09-19' });
  });

  it('reads no one when the card names someone else or shares nothing with the banner', async () => {
    expect(await read(page(banner('ABIOLA, Tunde'), `<section class="card" aria-label="Demographics"><div class="pb-name">ABIOLA, Funmi</div><dl><dt>Patient ID</dt><dd>62271</dd><dt>DOB</dt><dd>09/19/1956</dd></dl></section>`))).toBeNull();
    expect(await read(page('<div class="patient-banner"><div class="pb-name">ABIOLA, Tunde</div><span>#62271</span></div>', card('<dt>DOB</dt><dd>09/19/1956</dd>')))).toBeNull();
  });
});
