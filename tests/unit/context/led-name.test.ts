import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A summary's one line of the client's identity, in plain text with no markup setting the name apart: the name leads
 * it, its labels follow without colons, and the record's type may come first ("Client Okonkwo, Adaeze N.  Chart # …").
 * The lead is the name the labels belong to (led-name.ts, name-led-labels.ts). Markup of our own, synthetic people.
 */
const page = (line: string) => `<!DOCTYPE html><html lang="en"><head><title>Episode summary</title></head><body>
<div class="top"><span>Brightwater Recovery</span> <span>Tomasz Wieczorek, LCSW</span></div>
<h1>Episode summary</h1>
<p class="identity">${line}</p>
<table class="episode">
  <tr><th>Program</th><td>Intensive outpatient</td></tr>
  <tr><th>Admission Date</th><td>10/06/2026</td></tr>
  <tr><th>Counselor</th><td>Tomasz Wieczorek, LCSW</td></tr>
</table>
</body></html>`;

describe('a plain-text name leading a line of colon-less labels', () => {
  for (const line of ['Okonkwo, Adaeze N. &nbsp; Chart # 30-11872 &nbsp; DOB 02/11/1979', 'Client Okonkwo, Adaeze N. &nbsp; Chart # 30-11872 &nbsp; DOB 02/11/1979']) {
    it(`is the client's name (${line.slice(0, 16)}…)`, async () => {
      const { reading } = await readInHappyDom(page(line), 'https://brightwater.example.org/episodes/4471', extractClientContext);
      expect(reading).toMatchObject({ name: 'Adaeze N. Okonkwo', mrn: '30-11872', dob: '1979-02-11', admitDate: '2026-10-06' });
    });
  }
  it("never a relative's line", async () => {
    const { reading } = await readInHappyDom(page('Mother Okonkwo, Ifeoma &nbsp; DOB 05/30/1952 &nbsp; Phone (555) 201-3344'), 'https://brightwater.example.org/episodes/4471', extractClientContext);
    expect(reading?.name).toBeUndefined();
  });
});
