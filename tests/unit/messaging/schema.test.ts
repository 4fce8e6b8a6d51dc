import { describe, expect, test } from 'vitest';
import { parseMessage } from '../../../src/messaging/schema';

const context = { name: 'Jane M Doe', mrn: 'MRN-100234', dob: '1950-01-05', source: 'demo-classic', confidence: 0.95 };

describe('message validation at the boundary', () => {
  test.each([
    [{ type: 'context/report', context, url: 'http://127.0.0.1/classic/chart/1' }],
    [{ type: 'context/report', context: null, url: 'http://127.0.0.1/classic/' }],
    [{ type: 'context/get', tabId: 3 }],
    [{ type: 'context/request' }],
    [{ type: 'badge/refresh' }],
    [{ type: 'context/reread', tabId: 0 }],
    [{ type: 'context/changed', tabId: 1, tab: null }],
  ])('accepts %j', (raw) => {
    const result = parseMessage(raw);
    expect(result.ok).toBe(true);
  });

  test.each([
    ['no type', {}],
    ['unknown type', { type: 'data/erase-all' }],
    ['not an object', 'badge/refresh'],
    ['null', null],
    ['extra field (a page smuggling data)', { type: 'badge/refresh', tabId: 1 }],
    ['negative tab', { type: 'context/get', tabId: -1 }],
    ['fractional tab', { type: 'context/get', tabId: 1.5 }],
    ['tab as string', { type: 'context/get', tabId: '1' }],
    ['context without name', { type: 'context/report', context: { ...context, name: '' }, url: 'x' }],
    ['confidence above 1', { type: 'context/report', context: { ...context, confidence: 2 }, url: 'x' }],
    ['a date that is not a date', { type: 'context/report', context: { ...context, dob: '01/05/1950' }, url: 'x' }],
    ['a huge name', { type: 'context/report', context: { ...context, name: 'x'.repeat(10_000) }, url: 'x' }],
    ['unknown context field', { type: 'context/report', context: { ...context, ssn: '123' }, url: 'x' }],
  ])('rejects %s with a reason', (_label, raw) => {
    const result = parseMessage(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
  });

  test('the error names the field at fault', () => {
    const result = parseMessage({ type: 'context/get', tabId: 'seven' });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('tabId') });
  });
});
