import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A banner line of the client's identity values prints their phone without a label (cm-line-phone.ts); a
 * list's rows do too, and stay a list. Markup of our own, synthetic people.
 */
const card = (chips: string[]) => `<div class="member-summary"><h2>Seraphine Okonkwo-Daley</h2><div class="facts">${chips.map((c) => `<span class="fact">${c}</span>`).join(' · ')}</div></div>`;
const page = (body: string) => `<!DOCTYPE html><html><head><title>Member</title></head><body><div class="app">${body}</div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://care.example.org/member/77', extractClientContext)).reading;

describe('an unlabelled phone in a banner line', () => {
  it("is the client's", async () => {
    for (const phone of ['(503) 555-0162', '503-555-0162', '503.555.0162', '+1 503 555 0162']) {
      const r = await read(page(card(['F', '81 y', '03/02/1945', 'ID 55091833', phone])));
      expect(r?.name, phone).toBe('Seraphine Okonkwo-Daley');
      expect(String(r?.phone).replace(/\D/g, '').slice(-10), phone).toBe('5035550162');
    }
  });

  it('makes no line of a phone and a date alone, leaves a list a list, and takes no number of two', async () => {
    const rows = ['<li>Hale, Ivo · 04/04/1950 · ID 1001 · (503) 555-0101</li>', '<li>Moss, Una · 05/05/1951 · ID 1002 · (503) 555-0102</li>'];
    expect(await read(page(`<ul class="worklist">${rows.join('')}</ul>`))).toBeNull();
    expect((await read(page(card(['(503) 555-0162', '03/02/1945']))))?.phone).toBeUndefined();
    // Two numbers, or one an icon may label (a fax's), say nothing of whose.
    expect((await read(page(card(['F', '03/02/1945', 'ID 55091833', '(503) 555-0162', '(503) 555-0199']))))?.phone).toBeUndefined();
    expect((await read(page(card(['F', '03/02/1945', 'ID 55091833', '<i class="icon-fax"></i> (503) 555-0162']))))?.phone).toBeUndefined();
  });
});
