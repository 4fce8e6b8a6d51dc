import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../src/context/extract';
import { caseArb } from './generator/case';
import { FAMILIES } from './generator/families';
import { esc, renderName } from './generator/formats';
import { iso } from './generator/people';
import { renderPage } from './generator/page';
import { readInHappyDom } from './harness/happy-dom';
import { samePersonName, wrongClientReasons } from './harness/score';

/** Cases per family and property; raise it (CORPUS_GEN_RUNS=500) to hunt for rare failures. */
const RUNS = Number(process.env.CORPUS_GEN_RUNS ?? 25);

describe('the page generator', () => {
  it('has at least 8 layout families, some held out of tuning', () => {
    expect(FAMILIES.length).toBeGreaterThanOrEqual(8);
    expect(FAMILIES.filter((f) => f.split === 'held-out').length).toBeGreaterThanOrEqual(3);
  });

  for (const family of FAMILIES) {
    it(`${family.id}: pages show their client, and every other person on them is someone else`, () => {
      fc.assert(
        fc.property(caseArb, (c) => {
          const page = renderPage(family, c, 0);
          const doc = new DOMParser().parseFromString(page.html, 'text/html');
          expect(doc.body.textContent?.replace(/\s+/g, ' ')).toContain(page.visibleName);
          const e = page.expected!;
          expect(e.name.trim()).not.toBe('');
          // The record number is expected exactly when the page prints it whole.
          const escaped = esc(c.client.mrn).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          expect(new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`).test(page.html)).toBe(e.mrn === c.client.mrn);
          if (e.dob) expect(e.dob).toBe(iso(c.client.dob));
          for (const other of [c.clutter.recent, c.clutter.hidden?.person].filter((p) => p !== undefined)) {
            expect(samePersonName(renderName(other, 'natural').natural, e.name)).toBe(false);
            expect(other.mrn).not.toBe(c.client.mrn);
            expect(iso(other.dob)).not.toBe(iso(c.client.dob));
          }
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe('the reader on generated pages: the generated client or null, never another person', () => {
  for (const family of FAMILIES) {
    it(`${family.id} (${family.split})`, async () => {
      await fc.assert(
        fc.asyncProperty(caseArb, async (c) => {
          const page = renderPage(family, c, 0);
          const { reading, error } = await readInHappyDom(page.html, page.url, extractClientContext);
          expect(error).toBeUndefined();
          if (reading !== null) expect(wrongClientReasons(page, reading)).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    });
  }
});
