import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Analytics and summary headers write the age as prose does, hyphenated: "78-year-old female" (age-years.ts, line.ts).
 * Markup of our own, synthetic people.
 */
const page = (chip: string, dob = '9/14/1948') =>
  `<!DOCTYPE html><html><head><title>Readmission Risk</title></head><body><div class="profile-head"><h1>Marisol Etxeberria</h1><p>MRN 66120419 • ${chip} • DOB ${dob}</p></div></body></html>`;
const read = async (chip: string, dob?: string) => (await readInHappyDom(page(chip, dob), 'https://analytics.northbay-health.net/patient/66120419', extractClientContext)).reading;

describe('a hyphenated age', () => {
  it('gives the sex beside it', async () => {
    for (const chip of ['78-year-old female', '78-yr-old F', '78-years-old female']) expect((await read(chip))?.sex, chip).toBe('F');
  });

  it('is still checked against the birth date: a sex beside an age that disagrees is not taken', async () => {
    const r = await read('52-year-old female');
    expect(r?.name).toBe('Marisol Etxeberria');
    expect(r?.sex).toBeUndefined();
  });
});
