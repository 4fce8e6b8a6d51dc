import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Apps whose captions exist only for assistive technology: a value pointing at a hidden tooltip or a visually hidden
 * caption (aria-describedby, aria-labelledby), or led by an icon whose only caption is its SVG title or aria-label
 * (referenced-caption.ts). Markup of our own, synthetic people.
 */
const read = (body: string) =>
  readInHappyDom(
    `<!DOCTYPE html><html><head><title>Record</title><style>.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
     [role=tooltip]{position:absolute;visibility:hidden}</style></head><body>
     <div class="top">Signed in: Ambrose Kettering, RN</div>${body}
     <section><h2>Household</h2><p>Spouse: Perpetua Lindgren · ID 7730021 · 01/02/1950</p></section></body></html>`,
    'https://app.example.org/people/1',
    extractClientContext,
  );

describe('a caption only assistive technology reads', () => {
  it('names the value that points at a hidden tooltip', async () => {
    const { reading } = await read(`<section><h1>Torvald Lindgren</h1><div>
      <span tabindex="0" aria-describedby="a">QN-5512093</span> <span tabindex="0" aria-describedby="b">03/30/1948</span>
      <div role="tooltip" id="a">Member ID</div><div role="tooltip" id="b">Date of birth</div></div></section>`);
    expect(reading?.name).toBe('Torvald Lindgren');
    expect(reading?.mrn).toBe('QN-5512093');
    expect(reading?.dob).toBe('1948-03-30');
  });

  it('names the value that points at a visually hidden caption', async () => {
    const { reading } = await read(`<span id="c1" class="sr">Date of birth</span><span id="c2" class="sr">Primary phone</span>
      <section><h1>Torvald Lindgren</h1><span aria-labelledby="c1">03/30/1948</span> <span aria-labelledby="c2">(612) 555-0171</span></section>`);
    expect(reading?.dob).toBe('1948-03-30');
    expect(reading?.phone).toBe('(612) 555-0171');
  });

  it("names the value an icon's title leads", async () => {
    const { reading } = await read(`<section><h1>Torvald Lindgren</h1><div class="m">
      <div><svg aria-hidden="true" width="12" height="12"><title>Birthday</title><circle cx="6" cy="6" r="5"/></svg><span>Mar 30, 1948</span></div>
      <div><svg aria-hidden="true" width="12" height="12"><title>Identifier</title><rect width="10" height="10"/></svg><span>QN-5512093</span></div>
      <div><i role="img" aria-label="Phone"></i><span>(612) 555-0171</span></div></div></section>`);
    expect(reading?.name).toBe('Torvald Lindgren');
    expect(reading?.dob).toBe('1948-03-30');
    expect(reading?.mrn).toBe('QN-5512093');
    expect(reading?.phone).toBe('(612) 555-0171');
  });
});
