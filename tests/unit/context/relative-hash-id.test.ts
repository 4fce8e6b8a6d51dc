import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A paediatric chart lists the household's children as "name, relation, age, #chart": a relative named before a "#"
 * number makes the line theirs (relative-sentence.ts). Markup of our own, synthetic people.
 */
const page = `<!DOCTYPE html><html><head><title>Chart</title></head><body>
  <div class="top">Maple Grove Pediatrics · Dr. Ines Carvalho</div>
  <div class="card"><div class="who">Theo Lindahl-Marsh</div><div class="sub">Well child · 2026</div></div>
  <div class="household"><h3>Household</h3><ul><li>Freya Lindahl-Marsh, sister, 8 yrs, #550213</li></ul></div>
  </body></html>`;

describe('a sibling line in a household list', () => {
  it('is never read as the client', async () => {
    const { reading } = await readInHappyDom(page, 'https://peds.example.org/chart/551870', extractClientContext);
    expect(reading?.name).not.toBe('Freya Lindahl-Marsh');
    expect(reading?.mrn).not.toBe('550213');
  });
});
