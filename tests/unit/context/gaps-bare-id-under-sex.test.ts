import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A chart header's first column of bare lines under the name with no birth date: the sex, then the chart id
 * (am-bare-line-id.ts). Markup of our own, synthetic people.
 */
const page = (lines: string) =>
  `<!DOCTYPE html><html><head><title>Chart</title></head><body><header>Practice · Signed in: Joan Keller</header><main><div class="patient-header">\n<div class="ph-info">\n<div class="ph-name">Lucinda Okonkwo-Barre</div>\n${lines}\n</div>\n` +
  `<div class="ph-demo">\n<span class="k">Provider</span>\n<span>Dr. Kenji Watanabe</span>\n<span class="k">Next appt</span>\n<span>February 14, 2027</span>\n</div>\n</div>\n<section><h3>Notes</h3><p>Seen for follow-up.</p></section></main></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://app.practice.example.org/clinical/patient/8812', extractClientContext)).reading;

describe('a bare id under the name and sex', () => {
  it("is the chart's number", async () => {
    expect(await read(page('<div>Female</div>\n<div>TK4471209</div>'))).toMatchObject({ name: 'Lucinda Okonkwo-Barre', mrn: 'TK4471209', sex: 'F' });
  });

  it('is nothing when short (a bed or suite) or beside another unread value', async () => {
    expect(await read(page('<div>Female</div>\n<div>4W-12</div>'))).toBeNull();
    expect(await read(page('<div>Female</div>\n<div>TK4471209</div>\n<div>Gold team</div>'))).toBeNull();
  });
});
