import { describe, expect, it } from 'vitest';
import { splitPeriod } from '../../../src/context/parse/dates';
import { normalizeId } from '../../../src/context/parse/fields';

/** How FHIR viewers print a period (its ends joined by an arrow) and an identifier (after its type's code). */
describe('a FHIR viewer’s period and identifier', () => {
  it('splits a period at its arrow', () => {
    expect(splitPeriod('2026-03-02T08:15:00+01:00 → 2026-03-06T10:00:00+01:00')).toEqual({ start: '2026-03-02T08:15:00+01:00', end: '2026-03-06T10:00:00+01:00' });
    expect(splitPeriod('2026-03-02 => 2026-03-06')).toEqual({ start: '2026-03-02', end: '2026-03-06' });
  });

  it('reads an identifier after its MR type code', () => {
    expect(normalizeId('MR KT-0051902')).toBe('KT-0051902');
    expect(normalizeId('MRN 4471920')).toBe('4471920');
    expect(normalizeId('Mr 4471920')).toBe('Mr 4471920');
  });
});
