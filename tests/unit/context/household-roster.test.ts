import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A social-needs screener lists the client's household under a heading, each member in the very label
 * rows the client's own section uses (scr-others-section.ts). Markup of our own, synthetic people.
 */
const rows = (pairs: [string, string][]) => pairs.map(([l, v]) => `<div class="f"><label>${l}:</label> <span>${v}</span></div>`).join('');
const page = (heading: string) => `<!DOCTYPE html><html><head><title>Screening</title></head><body>
<div class="bar">Needs screening · Lee Tran, CHW</div>
<section><h2>About you</h2>${rows([['Name', 'Farrukh Yusupov'], ['ID', 'SC-88231'], ['Birth date', '1969-04-02']])}</section>
<section><h2>${heading}</h2>
<div>${rows([['Name', 'Dilnoza Yusupova'], ['Relationship', 'Wife'], ['Birth date', '1972-11-19'], ['Phone', '(718) 555-0166']])}</div>
<div>${rows([['Name', 'Timur Yusupov'], ['Relationship', 'Son'], ['Birth date', '2008-06-07']])}</div>
</section></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://social.example.org/people/SC-88231/screening', extractClientContext)).reading;

describe("a screener's household roster", () => {
  it("reads the client and never a household member's phone", async () => {
    for (const heading of ['Household members', 'Household Member', 'Members of your household']) {
      const r = await read(page(heading));
      expect(r?.name, heading).toBe('Farrukh Yusupov');
      expect(r?.dob, heading).toBe('1969-04-02');
      expect(r?.phone, heading).toBeUndefined();
    }
  });
});
