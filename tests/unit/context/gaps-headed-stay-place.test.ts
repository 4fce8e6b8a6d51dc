import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A facility labelled in a plain block beside the stay's dates, read where the block's heading names a hospital stay
 * (st-headed-block.ts). Markup of our own, synthetic people.
 */
const header = '<aside class="side" aria-label="Patient details"><h2>Teodor Vasilescu</h2><div class="field"><span class="k">Date of birth</span>11/02/1950</div><div class="field"><span class="k">Patient ID</span>TV-220914</div></aside>';
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><head><title>Alert</title></head><body><div class="nav">Pings · Sunrise Home Care · Odalys Ferrer</div>${header}${html}</body></html>`, 'https://alerts.example.com/alert/5510', extractClientContext)).reading;
const block = (heading: string, rows: [string, string][], after = '') => `<section class="main"><h3>${heading}</h3>${rows.map(([k, v]) => `<div class="field"><span class="k">${k}</span>${v}</div>`).join('')}${after}</section>`;

describe('a facility in a block the hospital stay heads', () => {
  it('reads the facility beside the stay under a hospital stay heading', async () => {
    expect(await read(block('Hospitalization', [['Hospital Name', 'Valley Medical Center'], ['Admission Date', '11/27/2026'], ['Discharge Date', '12/02/2026']]))).toMatchObject({ admitDate: '2026-11-27', location: 'Valley Medical Center' });
    const later = '<h4>Recent visits</h4><ul><li>ED visit at Shore Hospital, 08/03/2026</li></ul>';
    expect(await read(block('Inpatient Admit', [['Facility', 'Valley Medical Center'], ['Facility contact', 'Case management (401) 555-0190'], ['Admit date', '11/27/2026']], later))).toMatchObject({ location: 'Valley Medical Center' });
  });

  it('reads no facility under a heading that names no hospital stay, nor one after another section opens', async () => {
    expect((await read(block('Admission', [['Facility', 'Hollins Rehab'], ['Admission Date', '11/27/2026']])))?.location).toBeUndefined();
    expect((await read(`<section class="main"><h3>Hospitalization</h3><div class="field"><span class="k">Admission Date</span>11/27/2026</div><h4>Agency</h4><div class="field"><span class="k">Facility</span>Sunrise Home Care</div></section>`))?.location).toBeUndefined();
  });
});
