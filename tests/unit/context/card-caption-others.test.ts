import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Dashboard apps title their cards with a styled div, not a heading: a card captioned for another person (an
 * emergency contact, a guardian) holds that person's DOB and phone, never the client's (card-caption-others.ts).
 * Markup of our own, synthetic people.
 */
const read = async (html: string) => (await readInHappyDom(html, 'https://svc.example.org/people/5512', extractClientContext)).reading;
const head = '<div class="hd"><span class="nm">Ottoline Verhoeven</span> <span class="id">#5512</span> <span>79 y</span></div>';
const card = (caption: string, lines: string) => `<div class="card"><div class="card-title">${caption}</div>${lines}</div>`;

describe("a card under another person's styled caption", () => {
  it("its birth date is never read as the client's", async () => {
    for (const caption of ['Emergency contact', 'Guardian', 'Next of kin']) {
      const html = `<!DOCTYPE html><html><body>${head}<div class="cards">${card('Address', '<div class="ln">9 Quay St, Hull</div>')}${card(caption, '<div class="ln">Pieter Verhoeven (son) · 555-0152</div><div class="ln">DOB 10/02/1966 · has key</div>')}</div></body></html>`;
      const r = await read(html);
      expect(r?.dob, caption).toBeUndefined();
    }
  });

  it("a card the client's own caption heads still gives her birth date", async () => {
    const html = `<!DOCTYPE html><html><body>${head}<div class="cards">${card('Details', '<div class="ln">DOB 03/14/1947 · has key</div>')}</div></body></html>`;
    const r = await read(html);
    expect(r).toMatchObject({ name: 'Ottoline Verhoeven', dob: '1947-03-14' });
  });
});
