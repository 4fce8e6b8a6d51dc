import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A single-page app's person card prints the name first and bare, in natural order, above labelled identity rows,
 * with hashed classes only: the card's accessible name (aria-label or aria-labelledby) says it is the client's
 * (sc-named-card.ts). A card named for someone else gives no name. Markup of our own, synthetic people.
 */
const page = (label: string, by = false) =>
  `<!DOCTYPE html><html><head><title>Summary</title><style>.x9a{font-weight:700}</style></head><body><div class="q1">Case Management · People</div>
<div class="k2"><aside class="z3" ${by ? 'aria-labelledby="cap"' : `aria-label="${label}"`}>${by ? `<span id="cap" hidden>${label}</span>` : ''}<p class="x9a">Marguerite Onyekachi-Lund</p>
<div class="r7"><span>Person ID</span><span>P-00720931</span></div>
<div class="r7"><span>Birth date</span><span>1994-06-21</span></div>
<div class="r7"><span>Sex</span><span>Female</span></div></aside>
<main class="m1"><p>Next review 2027-01-14.</p></main></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://cm.example.org/people/P-00720931', extractClientContext)).reading;

describe("a card whose accessible name calls it the client's", () => {
  it('gives its first line as the name', async () => {
    for (const [label, by] of [['Person', false], ['Member information', false], ['Client details', true]] as const) {
      const r = await read(page(label, by));
      expect(r?.name, label).toBe('Marguerite Onyekachi-Lund');
      expect(r?.mrn, label).toBe('P-00720931');
    }
  });
  it("gives nothing when the card is named for someone else", async () => {
    for (const label of ['Guardian', 'Care coordinator']) expect((await read(page(label)))?.name ?? null, label).toBeNull();
  });
});
