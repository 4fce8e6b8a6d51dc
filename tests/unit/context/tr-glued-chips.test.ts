import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A risk screen's patient strip renders its chips with no white space between the tags (a stylesheet spaces them):
 * the strip's text runs "Male, 8005/21/1946661209", yet each chip is a value of its own (labelled.ts). Markup of our
 * own, synthetic people.
 */
const page = (chips: string[]) =>
  `<!DOCTYPE html><html><head><title>HOSPITAL Score</title></head><body><div class="patient-strip"><span class="ps-name">Teodoro Alvarenga</span>${chips.map((c) => `<span class="ps-item">${c}</span>`).join('')}</div><section><h2>HOSPITAL score</h2><p>Score 5 — intermediate risk.</p></section></body></html>`;
const read = async (chips: string[]) => (await readInHappyDom(page(chips), 'https://risk.valleycare-analytics.net/hospital-score/4410', extractClientContext)).reading;

describe('chips with no space between their tags', () => {
  it('are read one by one', async () => {
    expect(await read(['Male, 80', '05/21/1946', '661209', '4W-418-1'])).toMatchObject({ name: 'Teodoro Alvarenga', dob: '1946-05-21', sex: 'M' });
  });
});
