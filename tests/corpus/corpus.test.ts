import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../src/context/extract';
import { loadCorpus, loadFamilies, SPLITS } from './harness/corpus';
import { readInHappyDom } from './harness/happy-dom';
import { MUTATIONS } from './harness/mutate';
import { formatPages, formatReport, scorePage, type PageScore } from './harness/score';

/**
 * The hand-written corpus in happy-dom. Only safety is pass/fail here: no page may give a wrong
 * client. How much is read right is a figure printed by `npm run bench`, not a test, so that
 * nobody tunes the reader to this corpus's answers.
 */
const pages = loadCorpus();
const families = loadFamilies();

describe('the corpus', () => {
  it('has at least 60 single-client pages and 20 negative pages', () => {
    expect(pages.filter((p) => p.expected !== null).length).toBeGreaterThanOrEqual(60);
    expect(pages.filter((p) => p.expected === null).length).toBeGreaterThanOrEqual(20);
  });

  it('keeps whole families out of tuning, and every family has pages', () => {
    const used = new Set(pages.map((p) => p.family));
    expect(Object.keys(families).filter((f) => !used.has(f))).toEqual([]);
    for (const split of SPLITS) expect(Object.values(families).some((f) => f.split === split)).toBe(true);
    expect(pages.filter((p) => p.split === 'held-out' && p.expected !== null).length).toBeGreaterThanOrEqual(20);
  });

  it('serves each page at its own address', () => {
    const urls = pages.map((p) => p.url.split('#')[0]);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('lists tuning pages one by one for CORPUS_VERBOSE, held-out pages only as family totals', () => {
    const listing = formatPages(pages.map((p) => scorePage(p, null))).join('\n');
    for (const p of pages) {
      if (p.split === 'held-out') expect(listing).not.toContain(p.id);
      else expect(listing).toContain(p.id);
    }
    for (const [family, f] of Object.entries(families)) if (f.split === 'held-out') expect(listing).toContain(family);
  });
});

describe('the corpus in happy-dom: never a wrong client', () => {
  const scores: PageScore[] = [];
  for (const page of pages) {
    it(page.id, async () => {
      const { reading, error } = await readInHappyDom(page.html, page.url, extractClientContext);
      const score = scorePage(page, reading, error);
      scores.push(score);
      expect(error, 'the reader threw').toBeUndefined();
      expect(score.reasons, `${page.id} read someone else`).toEqual([]);
    });
  }
  it('report', () => {
    // Shown with --reporter=verbose or on failure; the bench prints the same table.
    if (process.env.CORPUS_REPORT) console.log(formatReport('corpus in happy-dom', scores).join('\n'));
    expect(scores.length).toBe(pages.length);
  });
});

describe('tuning pages under meaning-preserving mutations: never a wrong client', () => {
  // Safety only: how much is still read right is a figure the bench prints (harness/mutate.ts).
  const tuning = pages.filter((p) => p.split === 'tuning');
  for (const m of MUTATIONS) {
    it(m.id, async () => {
      const wrong: string[] = [];
      for (const page of tuning) {
        const { reading, error } = await readInHappyDom(page.html, page.url, extractClientContext, m.apply);
        const score = scorePage(page, reading, error);
        if (error !== undefined || score.reasons.length) wrong.push(page.id);
      }
      expect(wrong, `${m.about}: someone else read`).toEqual([]);
    }, 60_000);
  }
});
