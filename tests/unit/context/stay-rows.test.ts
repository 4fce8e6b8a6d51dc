import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * A stay table with several current rows (stay-rows.ts): a start of care repeated per episode, and a
 * history of stays in either order. Markup of our own, synthetic people; today is fixed.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://ehr.example.org/chart/554120', { today: '2026-12-05' });
const page = (heads: string[], rows: string[][]) =>
  `<main><section class="patient-banner"><h2>Ruth Ann Calloway</h2><span>MRN: 554120</span> <span>DOB: 03/14/1941</span></section><h3>Stays</h3><table><thead><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table></main>`;

describe('a stay table with several current rows', () => {
  it('reads the start of care its episodes repeat, before an episode’s own start', async () => {
    const heads = ['Start of Care', 'Episode Start', 'Episode End', 'Status'];
    expect((await read(page(heads, [['10/02/2026', '11/30/2026', '01/28/2027', 'Active']])))?.admitDate).toBe('2026-10-02');
    const r = await read(page(heads, [['10/02/2026', '10/02/2026', '11/30/2026', 'Recertified'], ['10/02/2026', '12/01/2026', '01/29/2027', 'Active']]));
    expect(r).toMatchObject({ name: 'Ruth Ann Calloway', admitDate: '2026-10-02' });
    expect(r?.dischargeDate).toBeUndefined();
  });

  it('reads the latest stay when the others were discharged before it began, listed first or last', async () => {
    const heads = ['Facility', 'Admit Date', 'Discharge Date'];
    const old = ['Lakeside Regional', '03/02/2026', '03/09/2026'];
    const current = ['Mercy General', '11/28/2026', ''];
    for (const rows of [[old, current], [current, old]]) {
      const r = await read(page(heads, rows));
      expect(r, JSON.stringify(rows)).toMatchObject({ admitDate: '2026-11-28', location: 'Mercy General' });
      expect(r?.dischargeDate).toBeUndefined();
    }
  });

  it('reads no stay when the rows overlap or two are open', async () => {
    const heads = ['Facility', 'Admit Date', 'Discharge Date'];
    const overlapping = [['Lakeside Regional', '11/20/2026', '11/30/2026'], ['Mercy General', '11/28/2026', '']];
    const open = [['Lakeside Regional', '11/20/2026', ''], ['Mercy General', '11/28/2026', '']];
    for (const rows of [overlapping, open]) expect((await read(page(heads, rows)))?.admitDate, JSON.stringify(rows)).toBeUndefined();
  });
});
