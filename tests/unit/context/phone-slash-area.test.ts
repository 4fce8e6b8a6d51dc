import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../../src/context/parse/fields';

/** An area code set off by a slash, as older US and German-style listings print it (fields.ts). */
describe('a phone with its area code before a slash', () => {
  it('is read whole, never as the number after the slash', () => {
    expect(normalizePhone('555/912-4471')).toBe('555/912-4471');
    expect(normalizePhone('Tel. 0711/2290 7745')).toBe('0711/2290 7745');
  });

  it('leaves dates with slashes alone', () => {
    expect(normalizePhone('03/14/2026')).toBeNull();
    expect(normalizePhone('2026/03/14')).toBeNull();
  });
});
