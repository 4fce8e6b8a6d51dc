import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { changedFields } from '../../../src/domain/team/changed-fields';

describe('changedFields', () => {
  test('names only the fields whose value differs, comparing lists and objects by content', () => {
    const current = { name: 'Ann Lee', phone: '555-0100', languages: ['en', 'es'], preferences: { time: 'am', channel: 'call' } };
    expect(changedFields(current, { name: 'Ann Lee', languages: ['en', 'es'], preferences: { channel: 'call', time: 'am' } })).toEqual([]);
    expect(changedFields(current, { name: 'Ann B Lee', phone: '555-0100', languages: ['es', 'en'] })).toEqual(['name', 'languages']);
    expect(changedFields(current, { preferences: { time: 'pm', channel: 'call' }, caregiver: 'Bo' })).toEqual(['preferences', 'caregiver']);
    expect(changedFields(current, { phone: undefined })).toEqual(['phone']);
  });

  test('a patch of the record itself changes nothing; one changed value is always named', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.string(), fc.jsonValue(), (record, field, value) => {
        expect(changedFields(record, { ...record })).toEqual([]);
        const differs = JSON.stringify(record[field]) !== JSON.stringify(value);
        fc.pre(differs && !Object.is(record[field], value));
        expect(changedFields(record, { [field]: value })).toEqual([field]);
      }),
    );
  });
});
