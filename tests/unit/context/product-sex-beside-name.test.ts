import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * A chart banner that prints the sex alone beside the name (an icon and the word), above its line of
 * identity values (product-sex-beside-name.ts). Markup of our own.
 */
// The line lists several identifiers, each a label and a value of its own: the block is no one line.
const ids = [['Chart ID', 'QX-40917'], ['Former ID', '4471-2'], ['Registry No', '28814403'], ['Clinic card', 'CC-2231']].map(([l, v]) => `<span>·</span><span><span>${l}: </span><span>${v}</span></span>`).join('');
const page = (sexAfter: string) => `<div class="top"><div class="row"><b class="client-name">Ebele Rosalind Achterberg</b>${sexAfter}</div>
<div><span>58 yrs</span><span>·</span><span>14-Mar-1968</span>${ids}</div></div>
<section><h3>Care team</h3><div class="row"><b>Tobias Achterberg</b><span>Male</span></div></section>`;
const read = (body: string) =>
  extractClientContext(new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Chart</title></head><body>${body}</body></html>`, 'text/html'), 'https://records.example.org/chart/5521', { adapters: [] });

describe('the sex printed alone beside the name in a banner', () => {
  it('is read from the element right after the name', async () => {
    expect(await read(page('<div class="g"><svg></svg><span>Female</span></div>'))).toMatchObject({ name: 'Ebele Rosalind Achterberg', dob: '1968-03-14', sex: 'F' });
  });

  it('is read from an element a server template indents', async () => {
    const indented = '<div class="g">\n              <svg aria-hidden="true"><circle r="4"></circle></svg>\n              <span>Female</span>\n            </div>';
    expect(await read(page(indented))).toMatchObject({ name: 'Ebele Rosalind Achterberg', sex: 'F' });
  });

  it("is never another person's, beside their name", async () => {
    const r = await read(page('<div class="tags"><span>Inpatient</span></div>'));
    expect(r).toMatchObject({ name: 'Ebele Rosalind Achterberg', dob: '1968-03-14' });
    expect(r?.sex).toBeUndefined();
  });
});
