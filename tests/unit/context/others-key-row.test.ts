import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A card's key/value row keyed for another person ("Caregiver" span, then the caregiver's values with a DOB) holds
 * that person's birth date (others-key-row.ts). Markup of our own, synthetic people.
 */
const card = (own: string) => `<!DOCTYPE html><html><head><title>Review</title></head><body>
  <div class="h">Pharmacist: Omar Benali, PharmD</div>
  <section class="c1" aria-label="Patient information">
   <h2 class="n2">Greta L. Sundqvist</h2>
   ${own}
   <div><span class="k">Member ID</span><span class="v">QX7701445</span></div>
   <div class="c9"><span class="k">Caregiver</span><span class="v">Anders Sundqvist (son) · DOB 09/30/1969</span></div>
  </section>
  </body></html>`;

describe("a caregiver's key/value row", () => {
  it('gives no birth date of the caregiver where the client shows none', async () => {
    const { reading } = await readInHappyDom(card(''), 'https://mtm.example.org/claims/4410', extractClientContext);
    expect(reading?.dob).not.toBe('1969-09-30');
  });

  it("leaves the client's own birth date to be read", async () => {
    const { reading } = await readInHappyDom(card('<div><span class="k">Date of Birth</span><span class="v">06/11/1941</span></div>'), 'https://mtm.example.org/claims/4410', extractClientContext);
    expect(reading?.name).toBe('Greta L. Sundqvist');
    expect(reading?.dob).toBe('1941-06-11');
  });
});
