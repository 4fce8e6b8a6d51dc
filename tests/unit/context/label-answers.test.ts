import { describe, expect, it } from 'vitest';
import { LABEL_RULES, matchLabel } from '../../../src/context/generic/labels';
import { labelledToken } from '../../../src/context/generic/line';

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

/** labelledToken remembers the tokens that start with no label: a remembered answer is the one a first reading gives. */
describe('labelledToken asked again', () => {
  const tokens = ['MRN 123456', '03/01 08:00', 'DOB: 01/05/1950', '98.6 F', 'Discharge planning started 12/3', 'Adm 11/22/2026', '(MRN: 44019826)', '110/70'];

  it('gives the first answer each time a token comes back, among many other tokens', () => {
    const first = tokens.map((t) => labelledToken(t));
    for (let round = 0; round < 3; round++) {
      tokens.forEach((t, i) => expect(labelledToken(t), t).toEqual(first[i]));
      // More new tokens than it remembers: old answers are dropped, never mixed up.
      for (let i = 0; i < 1500; i++) expect(labelledToken(`${round}/${i} 08:00`)).toEqual([]);
    }
    expect(labelledToken('MRN 123456')).toEqual([expect.objectContaining({ raw: '123456', rule: expect.objectContaining({ field: 'mrn' }) })]);
    expect(labelledToken('DOB: 01/05/1950')).toEqual([expect.objectContaining({ raw: '01/05/1950', rule: expect.objectContaining({ field: 'dob' }) })]);
    expect(labelledToken('03/01 08:00')).toEqual([]);
  });
});
