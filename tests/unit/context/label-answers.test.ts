import { describe, expect, it } from 'vitest';
import { LABEL_RULES, matchLabel } from '../../../src/context/generic/labels';

/** matchLabel remembers its answers by text: a remembered answer is the one the rules give. */
describe('matchLabel asked again', () => {
  const texts = ['MRN:', 'Date of Birth', 'Exp. Discharge:', 'Section 12', 'Logged in:', 'Phone (2)', 'M\u200BRN:', 'Patient', ''];
  const fresh = (raw: string) => {
    const key = raw.replace(/[\u200B]/g, '').toLowerCase().replace(/\s*(?:\(\d\)\s*)?[:=]?$/, '').trim();
    return key ? LABEL_RULES.find((r) => r.re.test(key)) ?? null : null;
  };

  it('gives the rules’ answer each time a text comes back, among many other texts', () => {
    for (let round = 0; round < 3; round++) {
      for (const t of texts) expect(matchLabel(t), t).toBe(fresh(t));
      // More new texts than it remembers: old answers are dropped, never mixed up.
      for (let i = 0; i < 1500; i++) expect(matchLabel(`Row ${round} ${i}`)).toBeNull();
    }
    expect(matchLabel('MRN:')?.field).toBe('mrn');
    expect(matchLabel('Date of Birth')?.field).toBe('dob');
  });
});
