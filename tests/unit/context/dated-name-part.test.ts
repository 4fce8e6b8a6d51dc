import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A patient card holding its continuing-care table, whose date columns are headed "Last" and "Due". Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://practice.example.com/recall/5521', (d, u) => extractClientContext(d, u, { today: '2026-12-07' }))).reading;
const rows = [
  ['Perio Maint (D4910)', '3 months', '09/07/2026', '12/07/2026'],
  ['Pano (D0330)', '5 years', '02/14/2022', '02/14/2027'],
  ['Periodic Exam (D0120)', '6 months', '09/07/2026', '03/07/2027'],
];
const card = `<section class="patient-card"><h2>Aldana, Rocío</h2><div><span>Acct 55210</span></div><div>DOB 04-22-1950 · F · 76</div><table><thead><tr><th>Type</th><th>Interval</th><th>Last</th><th>Due</th></tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table></section>`;

describe('a "Last" column of dates', () => {
  it('names no one: the recall rows are no person\'s lines', async () => {
    expect(await read(card)).toMatchObject({ name: 'Rocío Aldana', mrn: '55210', dob: '1950-04-22', sex: 'F' });
  });
});
