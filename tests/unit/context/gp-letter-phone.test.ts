import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * "M: (617) 555-0184" in a banner: the letter is also a sex code, so the value's shape decides (gp-letter-phone.ts).
 * Markup of our own, synthetic people.
 */
const page = (chip: string) =>
  `<!DOCTYPE html><html><head><title>Clinic</title></head><body><div class="top"><span>Clinic EHR</span></div><div class="patient-banner" aria-label="Patient banner"><div class="pb-name"><span class="pb-legal">ABARA, Chukwuemeka</span></div><span class="pb-id">#60218</span><span class="pb-agesex">51yo M</span><span class="pb-dob">DOB 06/06/1975</span>${chip}<span class="pb-pcp">PCP: Okafor, Emeka NP</span></div><main><h2>Check-in</h2></main></body></html>`;
const read = async (chip: string) => (await readInHappyDom(page(chip), 'https://ehr.example.org/chart/60218', (doc, url) => extractClientContext(doc, url, { today: '2026-12-05' }))).reading;

describe('a phone after a letter in a banner', () => {
  it('reads a phone-shaped value as the phone', async () => {
    expect(await read('<span class="pb-phone">M: (617) 555-0184</span>')).toMatchObject({ name: 'Chukwuemeka Abara', sex: 'M', phone: '(617) 555-0184' });
    expect(await read('<span>C: 617-555-0184</span>')).toMatchObject({ phone: '617-555-0184' });
  });

  it('reads anything else after the letter as no phone', async () => {
    for (const chip of ['<span>M: F</span>', '<span>M: 617-555</span>']) {
      const r = await read(chip);
      expect(r).toMatchObject({ name: 'Chukwuemeka Abara' });
      expect(r?.phone).toBeUndefined();
    }
  });
});
