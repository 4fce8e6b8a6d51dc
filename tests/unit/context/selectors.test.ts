import { describe, expect, test } from 'vitest';
import { isStableToken, selectorFor } from '../../../src/context/selectors';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = html;
  return doc;
}

/** The selector, checked the way a later page load will use it: it finds exactly this element. */
function pick(doc: Document, css: string): string {
  const el = doc.querySelector(css);
  if (!el) throw new Error(`no ${css} in fixture`);
  const selector = selectorFor(el);
  expect(selector).not.toBeNull();
  const found = doc.querySelectorAll(selector!);
  expect(found.length).toBe(1);
  expect(found[0]).toBe(el);
  return selector!;
}

describe('robust selectors for a picked element', () => {
  test('a stable id wins', () => {
    expect(pick(page('<div><span id="pt-name" class="a">Jane Doe</span></div>'), '#pt-name')).toBe('#pt-name');
  });

  test('an id carrying a record number is not stable: the next chart has another', () => {
    const doc = page('<div class="banner"><span id="patient-100234" data-field="name">Jane Doe</span></div>');
    expect(pick(doc, 'span')).toBe('span[data-field="name"]');
  });

  test('naming attributes come before classes', () => {
    const doc = page(`
      <span class="v" aria-label="Patient name">Jane Doe</span>
      <span class="v" aria-label="Medical record number">AT-1912</span>`);
    expect(pick(doc, '[aria-label="Medical record number"]')).toBe('span[aria-label="Medical record number"]');
  });

  test('an attribute that repeats the value shown is never used: it would match only this client', () => {
    const doc = page('<div class="hdr"><b title="Jane Doe" aria-label="Jane Doe" class="zz-a1">Jane Doe</b><b class="zz-a2">x</b></div>');
    const selector = pick(doc, '.zz-a1');
    expect(selector).toBe('b.zz-a1');
    expect(selector).not.toContain('Jane');
  });

  test('a unique stable class is enough', () => {
    expect(pick(page('<div class="zz-r"><span class="zz-a1">Doe, Jane</span><span class="zz-a2">AT-1</span></div>'), '.zz-a2')).toBe(
      'span.zz-a2',
    );
  });

  test('generated and state classes are skipped', () => {
    for (const token of ['css-1x2y3z', 'Banner_name__3xK9a', 'sc-bdVaJa', 'active', 'is-selected', 'row-20240101']) {
      expect(isStableToken(token), token).toBe(false);
    }
    for (const token of ['zz-a1', 'patient-name', 'col-md-6', 'mrn']) expect(isStableToken(token), token).toBe(true);
  });

  test('a repeated class is anchored on a stable ancestor instead of counting siblings', () => {
    const doc = page(`
      <ul class="recent"><li><span class="val">Smith, Bob</span></li></ul>
      <section id="chart-head"><span class="val">Doe, Jane</span></section>`);
    expect(pick(doc, '#chart-head .val')).toBe('#chart-head > span.val');
  });

  test('with nothing stable at all, an nth-of-type chain still matches exactly one element', () => {
    const doc = page('<div><div><span>a</span><span>b</span></div><div><span>c</span><span>d</span></div></div>');
    const el = doc.querySelectorAll('span')[3]!;
    const selector = selectorFor(el)!;
    expect(selector).toContain('nth-of-type');
    expect([...doc.querySelectorAll(selector)]).toEqual([el]);
  });

  test('the chain starts from the nearest uniquely named ancestor', () => {
    const doc = page('<main id="demographics"><div><span>a</span><span>b</span></div></main><div><div><span>x</span><span>y</span></div></div>');
    const el = doc.querySelectorAll('#demographics span')[1]!;
    expect(selectorFor(el)).toBe('#demographics > div:nth-of-type(1) > span:nth-of-type(2)');
  });

  test('quotes in attribute values are escaped, and the selector still parses', () => {
    const doc = page(`<span data-label='Client "preferred" name'>Jane</span><span data-label="other">x</span>`);
    pick(doc, 'span');
  });

  test('an element no longer in the page has no selector', () => {
    const doc = page('<span id="gone">x</span>');
    const el = doc.getElementById('gone')!;
    el.remove();
    expect(selectorFor(el)).toBeNull();
  });

  test('every element of a realistic page gets a selector matching only itself', () => {
    const doc = page(`
      <header class="topbar"><nav><a href="/">Home</a><a href="/list">Patients</a></nav></header>
      <div class="zz-wrap"><div class="zz-row"><div class="zz-c">Doe, Jane M</div><div class="zz-c">AT-1912</div>
      <div class="zz-c">01/05/1950</div></div><div class="zz-row"><div class="zz-c">F</div><div class="zz-c">555-0100</div></div></div>
      <table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table>`);
    for (const el of doc.body.querySelectorAll('*')) {
      const selector = selectorFor(el);
      expect(selector, el.outerHTML).not.toBeNull();
      expect([...doc.querySelectorAll(selector!)], selector!).toEqual([el]);
    }
  });
});
