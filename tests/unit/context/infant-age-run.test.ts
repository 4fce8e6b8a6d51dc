import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A paediatric banner's compact line: the age in months, the sex and the birth date one space apart, the chart's
 * "#" number last (infant-age-run.ts). Markup of our own, synthetic people.
 */
const page = (line: string) => `<!DOCTYPE html><html><head><title>Quick view</title></head><body>
  <div class="nav">Harbor Pediatrics · Dr. Yara Haddad</div>
  <section class="pbn"><div class="n">Mila Josephine Okafor</div><div class="l">${line}</div></section>
  <p>Next visit: 15-month well check.</p>
  </body></html>`;

describe("an infant's age before the sex, birth date and chart number", () => {
  it('gives the birth date, sex and number', async () => {
    const { reading } = await readInHappyDom(page('11 mos F 01-04-2026 #640215'), 'https://peds.example.org/qv/640215', extractClientContext);
    expect(reading?.name).toBe('Mila Josephine Okafor');
    expect(reading?.dob).toBe('2026-01-04');
    expect(reading?.sex).toBe('F');
    expect(reading?.mrn).toBe('640215');
  });
});
