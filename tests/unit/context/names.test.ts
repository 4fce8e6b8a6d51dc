import { describe, expect, it } from 'vitest';
import { naturalCase, parseName } from '../../../src/context/parse/names';

describe('parseName', () => {
  it('turns LAST, First M into natural order and case', () => {
    expect(parseName('DOE, JANE M')).toBe('Jane M. Doe');
    expect(parseName('DOE, JANE MARIE')).toBe('Jane Marie Doe');
    expect(parseName('Doe, Jane M.')).toBe('Jane M. Doe');
    expect(parseName('DOE,JANE')).toBe('Jane Doe');
  });
  it("drops the name's use printed before it, colon or not, never a name's own word", () => {
    expect(parseName('Legal Marcus Delano WEBB')).toBe('Marcus Delano Webb');
    expect(parseName('Official Noah PRICE')).toBe('Noah Price');
    expect(parseName('usual Ines Aalto')).toBe('Ines Aalto');
    expect(parseName('Legal Smith')).toBe('Legal Smith');
  });
  it('keeps natural-order names as written', () => {
    expect(parseName('Jane M. Doe')).toBe('Jane M. Doe');
    expect(parseName('Jane M Doe')).toBe('Jane M. Doe');
    expect(parseName('Ludwig van Beethoven')).toBe('Ludwig van Beethoven');
  });
  it('restores Mc, apostrophes, hyphens and diacritics from all caps', () => {
    expect(parseName('MCDONALD, ROBERT J')).toBe('Robert J. McDonald');
    expect(parseName("O'BRIEN, MARY-KATE")).toBe("Mary-Kate O'Brien");
    expect(parseName("D'ANGELO, GIUSEPPE")).toBe("Giuseppe D'Angelo");
    expect(parseName('NÚÑEZ-GARCÍA, ANA L')).toBe('Ana L. Núñez-García');
    expect(parseName('NÚÑEZ, JOSÉ')).toBe('José Núñez');
    expect(parseName('ØDEGÅRD, BJØRN')).toBe('Bjørn Ødegård');
    expect(parseName('LEFÈVRE, FRANÇOISE')).toBe('Françoise Lefèvre');
  });
  it('keeps mixed-case names untouched', () => {
    expect(parseName('McDonald, Robert')).toBe('Robert McDonald');
    expect(parseName('Núñez-García, Ana Lucía')).toBe('Ana Lucía Núñez-García');
    expect(parseName('MacLeod, Dorothy')).toBe('Dorothy MacLeod');
  });
  it('trims titles, nicknames and keeps suffixes last', () => {
    expect(parseName('Dr. Jane Doe')).toBe('Jane Doe');
    expect(parseName('Mrs Jane Doe')).toBe('Jane Doe');
    expect(parseName('SMITH JR, JOHN')).toBe('John Smith Jr');
    expect(parseName('SMITH, JOHN, III')).toBe('John Smith III');
    expect(parseName('Robert "Bob" Smith')).toBe('Robert Smith');
    expect(parseName('Robert (Bob) Smith')).toBe('Robert Smith');
  });
  it('strips invisible characters', () => {
    expect(parseName('DOE,\u200B JANE\u202E')).toBe('Jane Doe');
  });
  it('rejects things that are not names', () => {
    expect(parseName('')).toBeNull();
    expect(parseName('MRN-100234')).toBeNull();
    expect(parseName('01/05/1950')).toBeNull();
    expect(parseName('jane@example.com')).toBeNull();
    expect(parseName('a b c d e f g h i')).toBeNull();
    expect(parseName('x'.repeat(500))).toBeNull();
    expect(parseName('Doe, Jane, Something Else')).toBeNull();
  });
});

describe('naturalCase', () => {
  it('capitalises each part', () => {
    expect(naturalCase('OKONKWO-ADEYEMI')).toBe('Okonkwo-Adeyemi');
    expect(naturalCase('mcarthur')).toBe('McArthur');
    expect(naturalCase('III')).toBe('III');
    expect(naturalCase('deWitt')).toBe('deWitt');
  });
});

describe('parseName: names as documents print them', () => {
  it('reads a single letter after the given name as a middle initial, never a suffix (issue 10)', () => {
    expect(parseName('NGUYEN, HOANG V')).toBe('Hoang V. Nguyen');
    expect(parseName('NGUYEN, HOANG V.')).toBe('Hoang V. Nguyen');
    expect(parseName('Hoang V Nguyen')).toBe('Hoang V. Nguyen');
  });
  it('keeps generational suffixes only where the page writes them as such', () => {
    expect(parseName('SMITH JR, JOHN')).toBe('John Smith Jr');
    expect(parseName('SMITH, JOHN JR')).toBe('John Smith Jr');
    expect(parseName('SMITH, JOHN, III')).toBe('John Smith III');
    expect(parseName('SMITH, JOHN, V')).toBe('John Smith V');
    expect(parseName('John Smith IV')).toBe('John Smith IV');
    expect(parseName('DOE, JANE, MD')).toBe('Jane Doe');
  });
  it('takes a leading run of capitals as the family name', () => {
    expect(parseName('NELSON Lisa')).toBe('Lisa Nelson');
    expect(parseName('NELSON Lisa Marie')).toBe('Lisa Marie Nelson');
    expect(parseName('VAN DER BERG Anna')).toBe('Anna Van Der Berg');
    expect(parseName('Lisa NELSON')).toBe('Lisa Nelson');
    expect(parseName('Peter James CHALMERS')).toBe('Peter James Chalmers');
    expect(parseName('DUCK, Donald')).toBe('Donald Duck');
    expect(parseName('MINH DO')).toBe('Minh Do');
  });
  it('reads the first name a FHIR or CDA renderer marks with its use', () => {
    expect(parseName('Peter James Chalmers (official), Jim (usual)')).toBe('Peter James Chalmers');
    expect(parseName('Jane DOE (OFFICIAL)')).toBe('Jane Doe');
  });
  it('keeps one-word names (the caller decides whether one word is enough)', () => {
    expect(parseName('Cher')).toBe('Cher');
  });
  it('rejects prose', () => {
    expect(parseName('enaj eod was honoured.')).toBeNull();
    expect(parseName('Anna Lee called back.')).toBeNull();
  });
});
