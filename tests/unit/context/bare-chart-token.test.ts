import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A card printing the chart and account numbers as chips with no colon. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://practice.example.com/card', (d, u) => extractClientContext(d, u, { today: '2026-12-07' }))).reading;
const card = (chart: string) => `<div class="pt-card"><h2>Strömberg, Ingrid</h2><div><span>${chart}</span><span>Acct 2290</span></div><div>DOB 08-30-1947 · F · 79</div></div>`;

describe('"Chart" before one number in its own chip', () => {
  it('captions the record number', async () => {
    expect(await read(card('Chart 0081164'))).toMatchObject({ name: 'Ingrid Strömberg', mrn: '0081164', dob: '1947-08-30' });
  });

  it('captions no date', async () => {
    expect((await read(card('Chart 12/03/2026')))?.mrn).not.toBe('12/03/2026');
  });
});
