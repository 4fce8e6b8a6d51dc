/** Fixed samples of generated pages (same seed, same pages on a given day) for the e2e test and the bench. */
import fc from 'fast-check';
import { caseArb } from './case';
import { FAMILIES } from './families';
import { renderPage, type GeneratedPage } from './page';

export const SAMPLE_SEED = 20261203;

export function generatedSample(perFamily: number, seed = SAMPLE_SEED): GeneratedPage[] {
  return FAMILIES.flatMap((family, f) =>
    fc.sample(caseArb, { numRuns: perFamily, seed: seed + f }).map((c, i) => renderPage(family, c, i)),
  );
}
