import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { looksLikeShownName } from '../../../src/context/generic/name-shape';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * "Gender M" opens with its label: a line of facts whose labels are bold words without colons reads as capitalised
 * words, never as the client's name (label-lead.ts). Markup of our own, synthetic people.
 */
describe('a text opened by a sex or birth-date label', () => {
  it('is no name', () => {
    for (const text of ['Gender M', 'Sex F', 'DOB 06/30/2018', 'Birthdate Today']) expect(looksLikeShownName(text), text).toBe(false);
    expect(looksLikeShownName('Gene Marsh')).toBe(true);
  });

  it("is never read as the client's name from a line of colon-less captions", async () => {
    const { reading } = await readInHappyDom(
      `<!DOCTYPE html><html><head><title>Visit</title></head><body>
       <div class="top">Health Office · Nurse: Celia Brandvold, RN</div>
       <div class="stu"><div class="kv"><span><b>Homeroom</b> 4B</span><span><b>Bus</b> 12</span></div>
       <div class="kv"><span><b>DOB</b> 06/30/2018</span><span><b>Gender</b> M</span></div></div>`,
      'https://health.example.org/visits/new',
      extractClientContext,
    );
    expect(reading?.name ?? null).not.toBe('Gender M');
  });
});
