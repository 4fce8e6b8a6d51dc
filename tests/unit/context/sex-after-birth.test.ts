import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * The sex printed bare on the line after the birth date, with pronouns or not (sex-after-birth.ts). Markup of our
 * own, synthetic people.
 */
const page = (after: string) =>
  `<!DOCTYPE html><html><head><title>Client | Marisol Quintero-Hale</title></head><body><nav aria-label="Main"></nav><div class="hd"><h1>Marisol Quintero-Hale</h1><div>Adult · Active</div></div><div class="info"><h3>Client info</h3><div>Born Mar 9, 1990 (36)</div>${after}<h3>Contact</h3><div>marisol@mail.example</div></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://practice.example.org/clients/88a1/overview', extractClientContext)).reading;

describe('a bare sex word after the birth date', () => {
  it("is the client's sex", async () => {
    for (const line of ['<div>Female (she/her)</div>', '<div>Female</div>']) {
      expect(await read(page(line)), line).toMatchObject({ name: 'Marisol Quintero-Hale', dob: '1990-03-09', sex: 'F' });
    }
  });

  it('is not read from a longer line', async () => {
    expect((await read(page('<div>Female, prefers evening calls</div>')))?.sex).toBeUndefined();
  });
});
