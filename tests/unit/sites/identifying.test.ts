import { describe, expect, test } from 'vitest';
import { selectorFor } from '../../../src/context/selectors';
import { identifyingWords, mentionsAny } from '../../../src/context/identifying';

/** Taught selectors must not capture patient identifiers (issue 11). */
function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = html;
  return doc;
}

const jane = identifyingWords(['Jane Marie Doé', 'MRN-100234', '1950-01-05']);

describe('a taught selector carries no word of the picked name, MRN or DOB', () => {
  test('the words: each part, and the value written without separators; short parts are too common', () => {
    expect(jane).toEqual(expect.arrayContaining(['jane', 'marie', 'doe', 'janemariedoe', 'mrn', '100234', 'mrn100234', '1950', '19500105']));
    expect(jane).not.toContain('01');
  });

  test.each([
    ['its own aria-label', '<span aria-label="Jane Doe" class="x1">Jane Doe</span><span class="x1">Other</span>', 'span[aria-label]'],
    ['an ancestor\'s aria-label', '<section aria-label="Chart of Jane Doe"><p><b>Jane Doe</b></p></section><section aria-label="Schedule"><p><b>x</b></p></section>', 'b'],
    ['an ancestor\'s data-*', '<div data-patient="doe-jane"><span class="v">Jane Doe</span></div><div data-patient="other"><span class="v">x</span></div>', 'div[data-patient="doe-jane"] span'],
    ['an ancestor\'s id', '<div id="chart-janeDoe"><span>Jane Doe</span></div><div id="chart-other"><span>x</span></div>', '#chart-janeDoe span'],
    ['a class named after the MRN', '<div class="pt-mrn100234"><em>MRN-100234</em></div><div class="pt-other"><em>x</em></div>', '.pt-mrn100234 em'],
  ])('not through %s', (_where, html, css) => {
    const doc = page(html);
    const el = doc.querySelector(css)!;
    expect(selectorFor(el)).not.toBeNull();
    const safe = selectorFor(el, jane);
    expect(safe).not.toBeNull();
    expect(mentionsAny(safe!, jane)).toBe(false);
    expect([...doc.querySelectorAll(safe!)]).toEqual([el]);
  });

  test('a word inside another word is no mention: "banner" is not the name "Ann"', () => {
    const ann = identifyingWords(['Ann Lee']);
    expect(mentionsAny('.banner > .lee-field', ann)).toBe(true);
    expect(mentionsAny('.banner > .name', ann)).toBe(false);
    expect(mentionsAny('#patientBanner .annotation', ann)).toBe(false);
  });

  test('without identifiers the builder is unchanged', () => {
    const doc = page('<span id="pt-name">Jane Doe</span>');
    expect(selectorFor(doc.querySelector('span')!)).toBe('#pt-name');
    expect(selectorFor(doc.querySelector('span')!, jane)).toBe('#pt-name');
  });
});
