import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';
import { RELATION } from '../../../src/context/generic/relation-words';

/**
 * A mother's screening captions her baby's line "Infant:" (relation-words.ts): the baby's name and birth date there
 * are his, and the page still shows its one client. A newborn's own name ("Baby Girl Ruiz") is no caption. Markup of
 * our own, synthetic people.
 */
describe("a baby's captioned line", () => {
  it('is not a second client', async () => {
    const html = `<!DOCTYPE html><html><head><title>Screening</title></head><body>
      <div class="bar"><span>Leontyne B. Marchbanks</span> <span>DOB 10/03/1993</span> <span>MRN 5520981</span> <span>F</span></div>
      <div>Infant: Caspian Marchbanks · born 09/01/2026 · 10 weeks</div>
      <h1>Depression screening</h1><p>Total score 4.</p></body></html>`;
    const { reading } = await readInHappyDom(html, 'https://hv.example.org/screens/55', extractClientContext);
    expect(reading?.name).toBe('Leontyne B. Marchbanks');
    expect(reading?.mrn).toBe('5520981');
  });

  it('only as a caption', () => {
    expect(RELATION.test('Infant: Caspian')).toBe(true);
    expect(RELATION.test('Baby Girl Ruiz')).toBe(false);
  });
});
