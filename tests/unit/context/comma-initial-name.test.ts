import { describe, expect, it } from 'vitest';
import { parseName } from '../../../src/context/parse/names';

/** A claim form's "LAST, FIRST, MI" (names.ts): the middle initial after a comma of its own. */
describe('a family-first name with its middle initial set apart by a comma', () => {
  it('keeps the initial as a middle name', () => {
    expect(parseName('DURAND, ESTELLE, R')).toBe('Estelle R. Durand');
    expect(parseName('Durand, Estelle, R.')).toBe('Estelle R. Durand');
  });

  it('still refuses a third part that is no initial', () => {
    expect(parseName('DURAND, ESTELLE, RN BSN CARE TEAM')).toBeNull();
    expect(parseName('Durand, Estelle, Paris')).toBeNull();
  });
});

/** The UB-04's lettered lines (names.ts): "a" and "b" before a name in capitals are no words of it. */
describe('a name after its form line letters', () => {
  it('drops the lowercase letters before a name in capitals', () => {
    expect(parseName('a   b PELLETIER, ARMAND, G')).toBe('Armand G. Pelletier');
    expect(parseName('b PELLETIER, ARMAND G')).toBe('Armand G. Pelletier');
  });
});
