import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../../src/context/parse/fields';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A whole North American number ends before the next line's digits (phone-end.ts). Synthetic people. */
describe('a whole North American phone number', () => {
  it('ends before a street number printed after it', () => {
    expect(normalizePhone('(505) 555-0133 1420 Calle Alegre')).toBe('(505) 555-0133');
    expect(normalizePhone('+1 505.555.0133 22 Elm St')).toBe('+1 505.555.0133');
  });

  it('keeps an extension and leaves other shapes alone', () => {
    expect(normalizePhone('(505) 555-0133 x214')).toBe('(505) 555-0133 x214');
    expect(normalizePhone('+44 20 7946 0958')).toBe('+44 20 7946 0958');
    expect(normalizePhone('555 123 4567')).toBe('555 123 4567');
  });

  it("is read alone from a document header's contact cell, the address on the next line", async () => {
    const page = `<!DOCTYPE html><html><head><title>Referral Summary</title></head><body><h1>Transition of Care / Referral Summary</h1>
      <table><tr><td>Patient</td><td>Teodora Villanueva</td><td>Date of birth</td><td>May 2, 1958</td></tr>
      <tr><td>Patient-ID</td><td>NPD-551203</td><td>Sex</td><td>Female</td></tr>
      <tr><td>Contact info</td><td>Primary Home: (505) 555-0172<br>88 Camino Rojo, Santa Fe, NM</td><td>Guardian</td><td>Ruben Villanueva (son)</td></tr></table></body></html>`;
    const { reading } = await readInHappyDom(page, 'https://direct.example.org/portal/inbox/message/91?att=1', extractClientContext);
    expect(reading).toMatchObject({ name: 'Teodora Villanueva', phone: '(505) 555-0172' });
  });
});
