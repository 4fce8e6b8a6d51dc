import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A developmental screening about one child lists the household's other children under "Other children…"
 * (seen-beside.ts): the sentence naming a brother and his birth date there is his, never the client. Markup of our
 * own, synthetic people.
 */
const page = (heading: string) =>
  `<!DOCTYPE html><html><head><title>Screening summary</title></head><body>
   <div class="top">Screening portal · Account: Lorna Pettifer</div>
   <h1>Developmental screening summary</h1>
   <table><tr><td>Child's name:</td><td>Ottilie Brandvold</td><td>Child's date of birth:</td><td>02/14/2025</td></tr>
   <tr><td>Date completed:</td><td>11/02/2026</td><td>Screener:</td><td>Lorna Pettifer</td></tr></table>
   <section><h2>${heading}</h2><p>Kasper Brandvold (DOB 06/30/2022) — 48 month questionnaire completed 07/01/2026</p></section>
   </body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://screen.example.org/children/88/summary', extractClientContext)).reading;

describe("a screening's other children", () => {
  it('are theirs, not the client', async () => {
    for (const heading of ['Other children in household', 'Other children screened']) {
      const r = await read(page(heading));
      expect(r?.name, heading).toBe('Ottilie Brandvold');
      expect(r?.dob, heading).toBe('2025-02-14');
    }
  });
});
