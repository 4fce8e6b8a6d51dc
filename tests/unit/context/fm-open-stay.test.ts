import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A table of transitions with several current rows: the one still open is the stay (stay-rows.ts). Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://care.example.org/members/c20b/transitions', (doc, url) => extractClientContext(doc, url, { today: '2026-12-05' }))).reading;
const header = '<section class="member-header"><h1>Valdis Kalnins-Oakes</h1><span>Member ID: M000310955</span> <span>DOB: 06/18/1940</span></section>';
const table = (head: string[], rows: string[][]) =>
  `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
const HEAD = ['Event', 'Facility', 'Admit', 'Discharge'];

describe('several current rows in a stay table', () => {
  it('reads the one not yet discharged when the others were', async () => {
    const r = await read(header + table(HEAD, [['A01 Admit', 'Greywater Skilled Nursing', '12/01/2026', ''], ['A03 Discharge', 'Pinecrest Hospital', '11/22/2026', '12/01/2026']]));
    expect(r).toMatchObject({ admitDate: '2026-12-01', location: 'Greywater Skilled Nursing' });
    expect(r?.dischargeDate).toBeUndefined();
  });

  it('reads none when two are open, when the open one began before a closed one, or when no column says a discharge', async () => {
    const two = await read(header + table(HEAD, [['Admit', 'Greywater Skilled Nursing', '12/01/2026', ''], ['Admit', 'Pinecrest Hospital', '11/22/2026', '']]));
    expect(two).toMatchObject({ mrn: 'M000310955' });
    expect(two?.admitDate).toBeUndefined();
    const older = await read(header + table(HEAD, [['Admit', 'Greywater Skilled Nursing', '11/02/2026', ''], ['Admit', 'Pinecrest Hospital', '11/22/2026', '12/01/2026']]));
    expect(older?.admitDate).toBeUndefined();
    const noEnd = await read(header + table(['Event', 'Facility', 'Admit'], [['Admit', 'Greywater Skilled Nursing', '12/01/2026'], ['Admit', 'Pinecrest Hospital', '11/22/2026']]));
    expect(noEnd?.admitDate).toBeUndefined();
  });
});
