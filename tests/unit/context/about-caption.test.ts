import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A chat's pinned card opens with a caption saying whom the conversation is about, then the name alone on an
 * unmarked line, then the identity (about-caption.ts). Markup of our own, synthetic people.
 */
const page = (caption: string) => `<!DOCTYPE html><html><head><title>Messages</title></head><body>
  <section class="thread">
    <div class="pin">
      <div class="cap">${caption}</div>
      <div class="who">Lindqvist, Saga E</div>
      <div class="facts"><span>DOB: 3/22/1988</span> <span>MRN: K-3390417</span> <span>Rm 2W-204</span></div>
    </div>
    <div class="log"><p>Nurse Amy Tran: labs drawn at 06:00.</p></div>
  </section></body></html>`;

describe("the line under a card's caption saying whom it is about", () => {
  it('is the name', async () => {
    const { reading } = await readInHappyDom(page('Conversation about patient'), 'https://chat.example.org/c/3390417', extractClientContext);
    expect(reading?.name).toMatch(/^Saga E\.? Lindqvist$/);
    expect(reading?.mrn).toBe('K-3390417');
  });

  it('is no name under another caption', async () => {
    const { reading } = await readInHappyDom(page('Covering clinician'), 'https://chat.example.org/c/3390417', extractClientContext);
    expect(reading?.name ?? '').not.toMatch(/Lindqvist/);
  });
});
