import { describe, expect, it } from 'vitest';
import { looksLikeShownName } from '../../../src/context/generic/name-shape';

/**
 * An internal admin tool's header names the site ("Larchmont House Admin") in a heading that nothing else marks as the
 * site's once its ids are gone: a name with the word "Admin" or "Administration" in it is a site's or a role's, never a
 * person's (UI_WORDS in name-shape.ts).
 */
describe("an admin site's heading", () => {
  for (const heading of ['Larchmont House Admin', 'Admin Console', 'Fernleigh Site Administration']) {
    it(`names no one (${heading})`, () => {
      expect(looksLikeShownName(heading)).toBe(false);
    });
  }
  it('while a person named beside it still reads as a name', () => {
    expect(looksLikeShownName('Percival Lyle-Ashdown')).toBe(true);
  });
});
