import { describe, expect, it } from 'vitest';
import { shortText } from '../../../src/context/parse/text';
import { tagOf } from '../../../src/context/tag';

/**
 * Chromium gives a <br> no box, so a visibility check says it is not shown: the words it breaks must still
 * be apart ("<strong>Lena Quist</strong><br>Birthdate: …" read "Lena QuistBirthdate:" and the card as no
 * one's). Markup of our own, synthetic people.
 */
describe('a line break in an element read as the user sees it', () => {
  it('keeps the words it breaks apart, whatever the visibility check says of it', () => {
    const p = new DOMParser().parseFromString('<p><strong>Lena Quist</strong><br>Birthdate: 1990-12-25<br>Phone: 651-555-0163</p>', 'text/html').body.firstElementChild as Element;
    const noBox = (e: Element) => tagOf(e) !== 'BR';
    expect(shortText(p, 200, 400, noBox)).toBe('Lena Quist Birthdate: 1990-12-25 Phone: 651-555-0163');
  });
});
