import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A document addressed to the client: "Prepared for Jane Doe, date of birth …" (addressed-prose.ts). Markup of our own. */
const page = (opening: string) => `<header><span>Lakeside Clinic</span> <span class="user">Signed in: Hanne Ruud, RN</span></header>
<main><h1>After-visit summary</h1><p>${opening}</p>
<p>Your care team: Dr. Petra Lind. Next appointment 12/20/2026.</p></main>`;
const read = async (opening: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>After-visit summary</title></head><body>${page(opening)}</body></html>`, 'https://portal.example.org/avs/77', extractClientContext)).reading;

describe('a document addressed to the client', () => {
  it('names them and their birth date in its opening, no colon between', async () => {
    expect(await read('Prepared for Sigrun Aaltonen-Berg, date of birth 07/22/1951, MRN 4410297, on 12/03/2026.')).toMatchObject({
      name: 'Sigrun Aaltonen-Berg',
      dob: '1951-07-22',
      mrn: '4410297',
    });
  });

  it('is no one addressed when the phrase names its author', async () => {
    expect(await read('Prepared by Sigrun Aaltonen-Berg, date of birth 07/22/1951, on 12/03/2026.')).toBeNull();
  });
});
