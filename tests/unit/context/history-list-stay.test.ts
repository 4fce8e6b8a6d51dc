import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

// The day the stays are read on (time injected: the dates below stay current).
const read = (doc: Document, url: string) => extractClientContext(doc, url, { today: '2026-12-07' });

/**
 * A member page's utilization list: a stay that ended, beside an encounter dated after its discharge, is history, not
 * the client's stay (history-list-stay.ts); a stay still open, or followed only by a care plan, is read. Markup of our own, synthetic people.
 */
const page = (stay: string) => `<!DOCTYPE html><html><head><title>Member</title></head><body>
  <div class="banner"><div class="name">Philippa Raskolnikova</div><div>Member ID 77120031 · DOB 04/02/1958 · F</div></div>
  <h3>Recent utilization</h3>
  <ul><li>ED visit · Fenwick General · 11/21/2026</li><li>${stay}</li></ul></body></html>`;

describe('a stay in a utilization list', () => {
  it('is not read when it ended before another entry', async () => {
    const { reading } = await readInHappyDom(page('Inpatient · Fenwick General · Admitted 09/12/2026 · Discharged 09/17/2026'), 'https://cm.example.org/members/77120031', read);
    expect(reading?.name).toBe('Philippa Raskolnikova');
    expect(reading?.admitDate).toBeUndefined();
    expect(reading?.dischargeDate).toBeUndefined();
    expect(reading?.location).toBeUndefined();
  });

  it('is read when the later entry is no encounter', async () => {
    const html = page('Inpatient · Fenwick General · Admitted 11/14/2026 · Discharged 11/19/2026').replace('ED visit · Fenwick General · 11/21/2026', 'Transitional care plan started · 11/21/2026');
    const { reading } = await readInHappyDom(html, 'https://cm.example.org/members/77120031', read);
    expect(reading?.admitDate).toBe('2026-11-14');
    expect(reading?.dischargeDate).toBe('2026-11-19');
  });

  it('is read when it is still open', async () => {
    const { reading } = await readInHappyDom(page('Inpatient · Fenwick General · Admitted 12/02/2026'), 'https://cm.example.org/members/77120031', read);
    expect(reading?.admitDate).toBe('2026-12-02');
  });
});
