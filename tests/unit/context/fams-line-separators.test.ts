import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A banner line whose values are set apart by italic elements holding only a separator ("<i>•</i>") still gives
 * its one phone (cm-line-phone.ts); an icon element beside the number still may label it (a fax's). Markup of our
 * own, synthetic people.
 */
const page = (sep: string, phone: string) => `<!DOCTYPE html><html><head><title>Flowsheet</title></head><body>
<div class="who">Signed in: Oren Palsson, PTA</div>
<header><div class="av">TW</div><div><div class="n">Thea Wojcik-Marlow</div>
<div class="meta"><span>F</span>${sep}<span>69 yrs</span>${sep}<span>Jan 8, 1957</span>${sep}<span>#RX-44012</span>${sep}<span>${phone}</span></div></div></header>
<main><h2>Exercise flowsheet</h2><table><tr><th>Exercise</th><th>12/01</th></tr><tr><td>Bridges</td><td>3x10</td></tr></table></main></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://therapy.example.org/p/44012/flowsheet', extractClientContext)).reading;

describe('separators in italic elements', () => {
  it("leave the line's phone the client's", async () => {
    for (const sep of ['<i>•</i>', '<i> · </i>', '<i>|</i>']) {
      const r = await read(page(sep, '(503) 555-0128'));
      expect(r?.name, sep).toBe('Thea Wojcik-Marlow');
      expect(r?.phone, sep).toBe('(503) 555-0128');
    }
  });

  it('while an icon beside the number may still label it', async () => {
    const r = await read(page('<span>·</span>', '<i class="icon-fax"></i> (503) 555-0128'));
    expect(r?.name).toBe('Thea Wojcik-Marlow');
    expect(r?.phone).toBeUndefined();
  });
});
