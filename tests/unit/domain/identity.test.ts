import { describe, expect, it } from 'vitest';
import { identityKey, nameDobKey, normaliseNameForMatch, proposeMerges } from '../../../src/domain/identity/identity';

describe('identity', () => {
  it('normalises MRNs in the key but keeps the system', () => {
    expect(identityKey('https://a.example', ' ab 12 34 ')).toBe('https://a.example|AB1234');
    expect(identityKey('https://a.example', 'AB1234')).not.toBe(identityKey('https://b.example', 'AB1234'));
  });

  it('normalises names for matching', () => {
    const n = normaliseNameForMatch('Jane Doe');
    expect(normaliseNameForMatch('DOE, Jane')).toBe(n);
    expect(normaliseNameForMatch('  jane   DOÉ ')).toBe(n);
    expect(normaliseNameForMatch("O'Brien-Núñez, José")).toBe(normaliseNameForMatch('Jose O Brien Nunez'));
    expect(normaliseNameForMatch('')).toBe('');
  });

  it('makes a name+DOB key only with a DOB', () => {
    expect(nameDobKey('Jane Doe')).toBeUndefined();
    expect(nameDobKey('Jane Doe', '1950-01-02')).toBe(nameDobKey('DOE, JANE', '1950-01-02'));
    expect(nameDobKey('Jane Doe', '1950-01-02')).not.toBe(nameDobKey('Jane Doe', '1950-01-03'));
    expect(nameDobKey('  ', '1950-01-02')).toBeUndefined();
  });

  it('proposes merges only across systems', () => {
    const me = { id: '1', name: 'Jane Doe', dob: '1950-01-02', identities: [{ system: 'A', mrn: '1' }] };
    const otherSystem = { id: '2', name: 'DOE, Jane', dob: '1950-01-02', identities: [{ system: 'B', mrn: '9' }] };
    const sameSystem = { id: '3', name: 'Jane Doe', dob: '1950-01-02', identities: [{ system: 'A', mrn: '2' }] };
    const otherDob = { id: '4', name: 'Jane Doe', dob: '1951-01-02', identities: [{ system: 'C', mrn: '1' }] };
    expect(proposeMerges(me, [me, otherSystem, sameSystem, otherDob])).toEqual([otherSystem]);
    expect(proposeMerges({ ...me, dob: undefined }, [otherSystem])).toEqual([]);
  });
});
