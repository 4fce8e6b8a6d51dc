import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { parseDate } from '../../../src/context/parse/dates';

/** A ward header printing dates month-name first with dashes ("Jul-09-1956"). Our own markup. */
const page = () =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Clinical Manager</title></head><body><div class="top">User: Okonjo, Perpetua RN</div>` +
      `<table class="hdr"><tr><td><div>Name</div><div>Strand, Oriel B</div></td><td><div>DOB</div><div>Jul-09-1956</div></td>` +
      `<td><div>ID</div><div>4410983</div></td><td><div>Admit</div><div>Nov-28-2026 22:40</div></td></tr></table>` +
      `<main><h2>Orders</h2><p>No new orders.</p></main></body></html>`,
    'text/html',
  );

describe('dates with the month name first and dashes between the parts', () => {
  it('parses them', () => {
    expect(parseDate('Jul-09-1956', { today: { y: 2026, m: 12, d: 7 } })?.iso).toBe('1956-07-09');
    expect(parseDate('Admitted Nov-28-2026 22:40', { today: { y: 2026, m: 12, d: 7 } })?.iso).toBe('2026-11-28');
  });

  it("reads a header's birth and admission dates printed so", async () => {
    const r = await extractClientContext(page(), 'https://scm.example.org/client/4410983', { adapters: [], today: '2026-12-07' });
    expect(r).toMatchObject({ dob: '1956-07-09', admitDate: '2026-11-28' });
  });
});
