import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../src/context/extract';
import { loadCorpus } from './harness/corpus';
import { readInHappyDom } from './harness/happy-dom';
import { formatReport, scorePage, type PageScore } from './harness/score';

/**
 * The hand-written corpus in happy-dom. Only safety is pass/fail here: no page may give a wrong
 * client. How much is read right is a figure printed by `npm run bench`, not a test, so that
 * nobody tunes the reader to this corpus's answers.
 */
const pages = loadCorpus();

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
