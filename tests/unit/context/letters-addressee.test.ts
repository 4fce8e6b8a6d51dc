import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A letter in a preview pane names its subject only in the address block above its "RE:" line of ids and birth date,
 * and greets the same family name below it (letter-addressee.ts). A letter greeting someone else, or about a minor
 * (addressed to a parent), names no client. Markup of our own, synthetic people.
 */
const letter = (addressee: string, greeting: string, dob: string) =>
  `<!DOCTYPE html><html><head><title>Letter preview</title></head><body>
   <div class="pane"><div class="sheet">
     <div class="lh"><b>Granite Valley Health</b><br>200 Main St, Concord NH<br>1-603-555-0100</div>
     <p>November 30, 2026</p>
     <div class="to">${addressee}<br>12 Birch Lane<br>Dover, NH 03820</div>
     <div class="re-line">RE: Your care plan · Member ID: GVH-3371902 · Date of Birth: ${dob}</div>
     <p>${greeting}</p>
     <p>Thank you for speaking with me. Please call me with any questions.</p>
     <p>Sincerely,<br>Nadia Ferreira, RN</p></div></div></body></html>`;

const url = 'https://cm.granitevalley.example.org/letters/preview/5581';

describe("a letter's addressee above its RE: line", () => {
  it('is the client when the salutation greets the same family name', async () => {
    const { reading } = await readInHappyDom(letter('Mr. Augustin P. Delorme', 'Dear Mr. Delorme,', '04/22/1951'), url, extractClientContext);
    expect(reading).toMatchObject({ name: 'Augustin P. Delorme', mrn: 'GVH-3371902', dob: '1951-04-22' });
  });

  it('is nobody when the salutation greets another name', async () => {
    const { reading } = await readInHappyDom(letter('Mr. Augustin P. Delorme', 'Dear Provider,', '04/22/1951'), url, extractClientContext);
    expect(reading?.name ?? null).toBeNull();
  });

  it("is a parent, not the client, when the birth date is a minor's", async () => {
    const { reading } = await readInHappyDom(letter('Mr. Augustin P. Delorme', 'Dear Mr. Delorme,', '04/22/2015'), url, extractClientContext);
    expect(reading?.name ?? null).toBeNull();
  });
});
