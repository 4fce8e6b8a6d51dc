import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { parseDate } from '../../../src/context/parse/dates';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A numeric date in dots is printed day-first (German, Nordic, Swiss, Polish, Russian, Turkish usage): with
 * nothing else on the page to say the order, "11.06.1996" is 11 June, still flagged as ambiguous; slashes and
 * dashes keep the US default. Markup of our own, synthetic people.
 */
const TODAY = { y: 2026, m: 12, d: 5 };

describe('a dotted numeric date', () => {
  it('is day-first when both readings are dates, and flagged', () => {
    expect(parseDate('11.06.1996', { kind: 'birth', today: TODAY })).toEqual({ iso: '1996-06-11', ambiguous: true });
    expect(parseDate('DOB 3.4.1950', { kind: 'birth', today: TODAY })?.iso).toBe('1950-04-03');
    expect(parseDate('11/06/1996', { kind: 'birth', today: TODAY })?.iso).toBe('1996-11-06');
    expect(parseDate('11-06-1996', { kind: 'birth', today: TODAY })?.iso).toBe('1996-11-06');
    // One valid reading, or an order given: unchanged.
    expect(parseDate('12.31.1999', { today: TODAY })?.iso).toBe('1999-12-31');
    expect(parseDate('11.06.1996', { today: TODAY, order: 'MDY' })?.iso).toBe('1996-11-06');
  });

  it("gives a profile sidebar's birth date as printed", async () => {
    const html = `<!DOCTYPE html><html><head><title>Conversation</title></head><body>
<div class="thread"><p>Ada Roeloffs-Kim wrote: my session link fails.</p></div>
<aside aria-label="Customer profile"><h2>Ada Roeloffs-Kim</h2><div>ada@example.com</div>
<dl><dt>Phone</dt><dd>(720) 555-0111</dd><dt>Client No</dt><dd>QX-7781</dd><dt>DOB</dt><dd>09.04.1990</dd></dl></aside>
</body></html>`;
    const r = (await readInHappyDom(html, 'https://inbox.example/conversation/99', extractClientContext)).reading;
    expect(r?.name).toBe('Ada Roeloffs-Kim');
    expect(r?.dob).toBe('1990-04-09');
  });
});
