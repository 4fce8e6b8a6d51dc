import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A chat channel's topic leads its patient line with "Topic:" before the name, then the record number and birth date
 * (context-caption.ts), its colon sometimes missing. Markup of our own, synthetic people.
 */
const page = (topic: string) => `<!DOCTYPE html><html><head><title>pt-varga-istvan | Team chat</title></head><body>
  <nav><a href="#"># general</a><a href="#"># pt-varga-istvan</a><a href="#"># pt-lowe-denise</a></nav>
  <main>
    <header><div># pt-varga-istvan</div><div class="topic">${topic} Varga, Istvan K | MRN 7710342 | DOB 05/30/1944 | 82 M</div></header>
    <div class="feed"><p>Nurse Ellie Park: wound looks better today.</p><p>Dr. Omar Said: thanks, keep the same dressing.</p></div>
  </main></body></html>`;

describe("a channel topic's caption before the name", () => {
  it('reads the name after it, with or without its colon', async () => {
    for (const topic of ['Topic:', 'Topic']) {
      const { reading } = await readInHappyDom(page(topic), 'https://chat.example.org/client/T1/C7710342', extractClientContext);
      expect(reading?.name, topic).toMatch(/^Istvan K\.? Varga$/);
      expect(reading?.mrn, topic).toBe('7710342');
      expect(reading?.dob, topic).toBe('1944-05-30');
    }
  });
});
