import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A support network or household listed as lines of chips, one chip only the relationship ("Lorcan Abiodun · Son ·
 * (773) 555-0140 · born 3/8/1990"), under a heading that says nothing of whose they are: the line is that relative's
 * (kin-chip.ts), so its birth date is no second client's. Markup of our own, synthetic people.
 */
const page = (relation: string) =>
  `<!DOCTYPE html><html><head><title>Case</title></head><body>
   <h1>Case TC-88</h1>
   <div class="form"><div class="fg"><label>Full name</label><p>Yetunde Abiodun-Harte</p></div>
   <div class="fg"><label>Client number</label><p>YA-44810</p></div>
   <div class="fg"><label>Birth date</label><p>2/9/1961</p></div></div>
   <h2>Support network</h2><ul><li><b>Lorcan Abiodun</b> · ${relation} · (773) 555-0140 · born 3/8/1990</li></ul></body></html>`;

describe('a line of chips one of which is a relationship', () => {
  it("is the relative's line: the client is read", async () => {
    const { reading } = await readInHappyDom(page('Son'), 'https://app.example.org/p/case/TC-88', extractClientContext);
    expect(reading).toMatchObject({ name: 'Yetunde Abiodun-Harte', mrn: 'YA-44810', dob: '1961-02-09' });
  });

  it('a line with no relationship chip leaves two birth dates and no client', async () => {
    const { reading } = await readInHappyDom(page('Chicago'), 'https://app.example.org/p/case/TC-88', extractClientContext);
    expect(reading).toBeNull();
  });
});
