import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A visit summary lists the family members seen the same day under a heading that says so (seen-beside.ts); the
 * sentence naming a sibling and her birth date there is hers, and the page still shows its one client. Markup of
 * our own, synthetic people.
 */
const page = (heading: string) =>
  `<!DOCTYPE html><html><head><title>Visit Summary</title></head><body>
   <div class="app">Pediatrics · Visit Summary · Signed in: Dr. Wren Aldana</div>
   <h1>Visit Summary – Oskar Bell Tamura</h1>
   <div class="grid"><div><span>Patient</span> Oskar Bell Tamura</div><div><span>Date of birth</span> 04/03/2020</div><div><span>Chart #</span> PD-55103</div></div>
   <h2>${heading}</h2><p>Ines Tamura (DOB 09/12/2023) – 3 year well check. Her summary is printed separately.</p>
   <h2>Next visit</h2><p>In 12 months.</p></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://peds.example.org/visits/5510/summary', extractClientContext)).reading;

describe('people seen beside the client', () => {
  it("are that heading's, not a second client", async () => {
    for (const heading of ['Also seen today from your family', 'Siblings', 'Other household members']) {
      const r = await read(page(heading));
      expect(r?.name, heading).toBe('Oskar Bell Tamura');
      expect(r?.dob, heading).toBe('2020-04-03');
    }
  });

  it('a heading of the visit itself leaves the sentence read as before', async () => {
    expect(await read(page('Reason for visit'))).toBeNull();
  });
});
