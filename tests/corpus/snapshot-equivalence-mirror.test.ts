import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../src/context/extract';
import { asReading, readInHappyDom } from './harness/happy-dom';
import { changePage, equivalenceCases, mirrorReader } from './harness/snapshot';

/**
 * The mirror (docs/reader-split.md, "The mirror"): reading a page's mirror, with the layout verdicts
 * the rules ask for answered by the live page's checker, gives exactly what reading the live page
 * gives; and again after the page changed (an element hidden, one replaced by a new copy, one moved,
 * a text edited, a field typed in), when only the changes travel. Every corpus page, fixture and a
 * generated sample, in happy-dom (real Chromium: tests/e2e/snapshot.e2e.ts). Held-out pages
 * are compared too, and counted, never listed.
 */
const cases = equivalenceCases(Number(process.env.SNAPSHOT_GENERATED ?? 6));

describe('reading the mirror equals reading the live page (happy-dom)', () => {
  const listed: string[] = [];
  let same = 0;
  let read = 0;
  let deltaOnly = 0;
  for (const c of cases) {
    it(c.heldOut ? 'a held-out page' : c.id, async () => {
      const mirrored: unknown[] = [];
      const live = await readInHappyDom(c.html, c.url, async (doc, url) => {
        const reader = mirrorReader(doc, extractClientContext);
        try {
          mirrored.push(asReading(await reader.read(url, c.options)));
          const first = asReading(await extractClientContext(doc, url, c.options));
          changePage(doc);
          mirrored.push(asReading(await reader.read(url, c.options)));
          if (!reader.sent.some((p) => p.whole)) deltaOnly++;
          mirrored.push(first);
          return extractClientContext(doc, url, c.options);
        } finally {
          await reader.close();
        }
      });
      expect(live.error).toBeUndefined();
      const [before, after, liveBefore] = mirrored;
      if (liveBefore !== null) read++;
      const ok = JSON.stringify(before) === JSON.stringify(liveBefore) && JSON.stringify(after) === JSON.stringify(live.reading);
      if (ok) same++;
      else if (!c.heldOut) listed.push(`${c.id}\n  live:     ${JSON.stringify([liveBefore, live.reading])}\n  mirrored: ${JSON.stringify([before, after])}`);
    }, 30_000);
  }
  it('lists every difference: there is none', () => {
    console.log(`mirror equivalence (happy-dom): ${cases.length} pages, ${read} read a client live, ${same} the same before and after a change (${deltaOnly} re-read by deltas alone)\n${listed.join('\n')}`);
    expect(read).toBeGreaterThan(cases.length / 2);
    expect(deltaOnly).toBe(cases.length);
    expect(same).toBe(cases.length);
  });
});
