import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An agreement or letter names the client and the person who signs for them in one sentence, both in bold, above
 * the record's table (tr-relative-lead.ts). Markup of our own, synthetic people.
 */
const page = (intro: string) =>
  `<!DOCTYPE html><html><head><title>Admission Agreement</title></head><body><div class="doc"><h1>Admission Agreement</h1><p>${intro}</p><table><tr><th>Resident ID</th><td>RS-40117</td></tr><tr><th>Admission date</th><td>11/30/2026</td></tr><tr><th>Room</th><td>207-B</td></tr></table></div></body></html>`;
const read = async (intro: string) => (await readInHappyDom(page(intro), 'https://records.maplecourt-care.net/agreement/40117', extractClientContext)).reading;

describe('a bold name the sentence introduces as a relative or representative', () => {
  it("is theirs: the client named before them is read", async () => {
    for (const [lead, other] of [['and her representative,', 'Osvaldo Brandt'], ['with the resident’s daughter', 'Hiltrud Brandt'], ['and the guarantor', 'Osvaldo Brandt'], ['and the health care POA:', 'Hiltrud Brandt']]) {
      const r = await read(`Agreement between Maple Court Care (the "Facility") and <b>Leonie Brandt-Ferro</b> (the "Resident"), born 02/09/1938, ${lead} <b>${other}</b>, born 11/02/1964.`);
      expect(r?.name, lead).toBe('Leonie Brandt-Ferro');
      expect(r?.mrn, lead).toBe('RS-40117');
    }
  });

  it('leaves a name introduced otherwise alone', async () => {
    const r = await read('This agreement is made with <b>Leonie Brandt-Ferro</b>, born 02/09/1938, resident of Maple Court Care.');
    expect(r?.name).toBe('Leonie Brandt-Ferro');
  });
});
