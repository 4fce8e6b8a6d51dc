import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A hospital header prints the signed-in user in a corner before the patient's name, and prints its captions without
 * colons: the user's line, led by its caption, is passed over for the name after it, as "User:" is (first-text-name.ts,
 * caption-led-line.ts). Markup of our own, synthetic people.
 */
const header = (userLine: string) => `<!DOCTYPE html><html lang="en"><head><title>Inquiry</title>
<style>.corner{float:right;font-size:11px}.who{font-weight:bold}</style></head><body>
<header class="inq">
  <div class="corner">${userLine}</div>
  <div class="who">PELLETIER,MARGUERITE ANNE</div>
  <div class="facts">F &nbsp; 71 &nbsp; 05/14/1955 &nbsp;&nbsp; Unit# H00771234 &nbsp;&nbsp; Acct# A55002911</div>
  <div class="facts">Status ADM IN &nbsp; Adm 12/01/26 &nbsp; Loc 5S 512-1</div>
</header>
<section><h2>Nursing notes</h2><p>Tolerating diet. Daughter visited.</p></section>
</body></html>`;

describe("a header's corner line naming the user before the patient", () => {
  for (const userLine of ['User WHITCOMB,ALANA RN · Facility Harbor View Hospital', 'User: WHITCOMB,ALANA RN · Facility: Harbor View Hospital']) {
    it(`is passed over for the patient's name (${userLine.includes(':') ? 'with' : 'without'} colons)`, async () => {
      const { reading } = await readInHappyDom(header(userLine), 'https://hv.example.org/inquiry/H00771234', extractClientContext);
      expect(reading).toMatchObject({ name: 'Marguerite Anne Pelletier', mrn: 'H00771234', dob: '1955-05-14', sex: 'F' });
    });
  }
});
