import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * A chart whose banner line prints the birth date unlabelled beside the age ("58 yrs · 14-Mar-1968 ·
 * Chart ID: …") above a long body: the scan stops a while past the banner, and what the banner line
 * shows is read however far the scan went (labelled.ts). Markup of our own.
 */
const banner =
  '<div role="banner"><div class="patient-name">Ebele Rosalind Achterberg</div>' +
  '<div><span>58 yrs</span><span>·</span><span>14-Mar-1968</span><span>·</span><span>Chart ID: QX-40917</span></div></div>';
const body = (rows: number) =>
  `<main><h2>Results</h2><table>${Array.from({ length: rows }, (_, i) => `<tr><td>Potassium ${i}</td><td>4.${i % 10} mmol/L</td></tr>`).join('')}</table></main>`;
const read = (rows: number) =>
  extractClientContext(new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Chart</title></head><body>${banner}${body(rows)}</body></html>`, 'text/html'), 'https://records.example.org/chart/5521', { adapters: [] });

describe('a banner line above a long chart body', () => {
  it('gives the birth date on a short page and on a long one alike', async () => {
    for (const rows of [5, 500]) expect(await read(rows), String(rows)).toMatchObject({ name: 'Ebele Rosalind Achterberg', mrn: 'QX-40917', dob: '1968-03-14' });
  });
});
