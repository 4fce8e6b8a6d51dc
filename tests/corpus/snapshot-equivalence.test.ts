import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../src/context/extract';
import { asReading, readInHappyDom } from './harness/happy-dom';
import { differenceKind, equivalenceCases, readRebuilt, type DifferenceKind } from './harness/snapshot';

/**
 * The reader split's promise (docs/reader-split.md): reading a page rebuilt from its snapshot gives
 * what reading the live page gives, or less of the same client where the snapshot is stricter about
 * hidden text. Every corpus page, every fixture, a sample of generated pages, in happy-dom (real
 * Chromium: tests/e2e/snapshot.e2e.ts). Held-out pages are compared too, and counted, never listed.
 */
const cases = equivalenceCases(Number(process.env.SNAPSHOT_GENERATED ?? 6));

describe('reading the rebuilt snapshot equals reading the live page (happy-dom)', () => {
  const listed: string[] = [];
  const counts: Record<DifferenceKind, number> = { same: 0, stricter: 0, righter: 0, different: 0 };
  let read = 0;
  for (const c of cases) {
    it(c.heldOut ? 'a held-out page' : c.id, async () => {
      let rebuilt: Record<string, unknown> | null = null;
      const live = await readInHappyDom(c.html, c.url, async (doc, url) => {
        rebuilt = asReading(await readRebuilt(doc, url, extractClientContext, c.options));
        return extractClientContext(doc, url, c.options);
      });
      expect(live.error).toBeUndefined();
      if (live.reading !== null) read++;
      const kind = differenceKind(live.reading, rebuilt, c.expected);
      counts[kind]++;
      if (kind !== 'same' && !c.heldOut) listed.push(`${c.id} (${kind})\n  live:    ${JSON.stringify(live.reading)}\n  rebuilt: ${JSON.stringify(rebuilt)}`);
    }, 30_000);
  }
  it('lists every difference: none gives another client or a value the page does not vouch for', () => {
    console.log(`snapshot equivalence (happy-dom): ${cases.length} pages, ${read} read a client live; ${JSON.stringify(counts)}\n${listed.join('\n')}`);
    // Not a vacuous comparison: most pages show a client.
    expect(read).toBeGreaterThan(cases.length / 2);
    expect(counts.different).toBe(0);
  });
});
