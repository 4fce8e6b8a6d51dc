import { describe, expect, test } from 'vitest';
import { differsOnlyByMiddleNames } from '../../../src/domain/identity/names';
import { mergePageFields } from '../../../src/domain/identity/seen';
import type { ClientRecord } from '../../../src/model/records';

describe('a name that differs only by middle names or initials', () => {
  test.each([
    ['Hoang V Nguyen', 'Hoang Nguyen'],
    ['Hoang Nguyen', 'Hoang Van Nguyen'],
    ['Hoang V. Nguyen', 'Hoang Van Nguyen'],
    ['Jane Marie Doe', 'Jane M Doe'],
    ['J. Doe', 'Jane Doe'],
    ['José Núñez', 'JOSE NUNEZ'],
    ['Mary Ann Smith Jr', 'Mary Smith Jr'],
  ])('%s ~ %s', (stored, read) => {
    expect(differsOnlyByMiddleNames(stored, read)).toBe(true);
    expect(differsOnlyByMiddleNames(read, stored)).toBe(true);
  });

  test.each([
    ['Hoang Nguyen', 'Linh Nguyen', 'another given name'],
    ['Hoang Nguyen', 'Hoang Tran', 'another family name'],
    ['John Smith', 'John Smith Jr', 'a suffix on one side only'],
    ['John Smith Sr', 'John Smith Jr', 'another suffix'],
    ['Cher', 'Cher Bono', 'one name alone'],
    ['Jane Doe', 'K Doe', 'an initial of another name'],
  ])('%s ≠ %s (%s)', (stored, read) => {
    expect(differsOnlyByMiddleNames(stored, read)).toBe(false);
  });
});

describe('a page read does not overwrite the stored name with a shorter or other spelling of it', () => {
  const client = (name: string, seen?: string): ClientRecord => ({
    id: 'c', createdAt: 0, updatedAt: 0, rev: 1, name, identities: [], identityKeys: [], searchName: name.toLowerCase(), ...(seen ? { seenOnPage: { name: seen } } : {}),
  });

  test('the fuller name stays; the page\'s form is remembered as what it showed', () => {
    const patch = mergePageFields(client('Hoang Van Nguyen', 'Hoang Van Nguyen'), { name: 'Hoang V Nguyen' });
    expect(patch.name).toBeUndefined();
    expect(patch.seenOnPage?.name).toBe('Hoang V Nguyen');
  });

  test('a different person\'s name on the same chart still follows the page', () => {
    expect(mergePageFields(client('Hoang Nguyen', 'Hoang Nguyen'), { name: 'Linh Nguyen' }).name).toBe('Linh Nguyen');
  });

  test('a user\'s correction still wins over the page value it corrected', () => {
    expect(mergePageFields(client('Jane Roe', 'Jane Doe'), { name: 'Jane Doe' }).name).toBeUndefined();
  });
});
