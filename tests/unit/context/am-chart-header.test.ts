import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Ambulatory chart headers' habits: the birth date kept for the age chip's tooltip (am-tooltip-dob.ts), the age and
 * sex in brackets after the birth date (am-dob-age-sex.ts), a copy button inside the name element (am-name-action.ts).
 * Markup of our own, synthetic people.
 */
const page = (body: string) => `<!DOCTYPE html><html><head><title>Chart</title></head><body><header class="top"><span>Clinic EHR</span></header>${body}<main><h2>Problems</h2><ul><li>Asthma</li></ul></main></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ehr.example.org/chart/3311', extractClientContext)).reading;

describe('ambulatory chart header', () => {
  it("reads the birth date from the age chip's tooltip", async () => {
    const r = await read(page('<div class="ChartHeader_root__p0q1r"><h1 class="ChartHeader_name__p0q1s">Ottoline Brasseur</h1><div class="ChartHeader_meta__x9"><span>F</span> · <span title="DOB: 11/03/1979">47 yrs</span> · <span>Chart # 5520981</span></div></div>'));
    expect(r).toMatchObject({ name: 'Ottoline Brasseur', mrn: '5520981', dob: '1979-11-03' });
  });

  it('reads the sex in the brackets after the birth date', async () => {
    for (const [bracket, sex] of [['(76 yo F)', 'F'], ['(76 y/o Male)', 'M'], ['(76 yrs, M)', 'M']]) {
      const r = await read(page(`<div class="chart-header"><div><span class="ch-name">Quennell, Ada</span> <span>PRN: QUA0021</span></div><div class="ch-sub">DOB: 02/02/1950 ${bracket}</div></div>`));
      expect(r, bracket).toMatchObject({ name: 'Ada Quennell', dob: '1950-02-02', sex: sex === 'F' ? expect.stringMatching(/^f/i) : expect.stringMatching(/^m/i) });
    }
  });

  it('reads a name whose element holds its own copy button', async () => {
    for (const button of ['<button aria-label="Copy name">⧉</button>', '<span aria-hidden="true" class="icon">content_copy</span>']) {
      const r = await read(page(`<div class="patient-header"><div class="ph-name">Ignatius Obi Wachter ${button}</div><div>Male · 04/05/1987</div><div>WAIG000412</div></div>`));
      expect(r, button).toMatchObject({ name: 'Ignatius Obi Wachter', dob: '1987-04-05' });
    }
  });
});
