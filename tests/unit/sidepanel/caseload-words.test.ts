import { describe, expect, test } from 'vitest';
import { createFormats } from '../../../src/ui/format';
import { createWords } from '../../../src/ui/translate';
import { dischargeText, lateness, pastMaxText } from '../../../src/sidepanel/components/CaseloadView';
import { translate } from './memory-host';

const formats = createFormats('en-US', 'UTC');
const words = createWords(translate, formats);
const MINUTE = 60_000;
const NOW = Date.UTC(2026, 11, 4, 12);
const cadence = (maxDays: number) => ({ idealDays: maxDays, maxDays });

describe('caseload counts pick their words by plural rules', () => {
  test('lateness in minutes, hours and days, one and many', () => {
    expect(lateness(NOW - MINUTE, NOW, words)).toBe('1 min late');
    expect(lateness(NOW - 90 * MINUTE, NOW, words)).toBe('1 h late');
    expect(lateness(NOW - 24 * 60 * MINUTE, NOW, words)).toBe('1 day late');
    expect(lateness(NOW - 3 * 24 * 60 * MINUTE, NOW, words)).toBe('3 days late');
  });

  test('last reached and the maximum interval are counted separately', () => {
    expect(pastMaxText({ daysSince: 1, cadence: cadence(1) } as never, words)).toBe('Last reached 1 day ago (maximum: 1 day)');
    expect(pastMaxText({ daysSince: 25, cadence: cadence(14) } as never, words)).toBe('Last reached 25 days ago (maximum: 14 days)');
    expect(pastMaxText({ daysSince: undefined, cadence: cadence(1) } as never, words)).toBe('Never reached (maximum: 1 day)');
  });

  test('an expected discharge says its date in the one date format, and its count in words', () => {
    expect(dischargeText({ daysUntil: 0, dischargeDate: '2026-12-04' }, words, formats.date)).toBe('Discharge expected today');
    expect(dischargeText({ daysUntil: 3, dischargeDate: '2026-12-07' }, words, formats.date)).toBe('Discharge expected Dec 7, 2026 (in 3 days)');
  });

  test('a language with more plural forms gets its own form from the same call', () => {
    // Polish: 2–4 take "few", 5+ take "many"; the key for each form is chosen, not string-patched.
    const withForms = createWords(
      (key, subs) => (['lateDays_one', 'lateDays_few', 'lateDays_many', 'lateDays_other'].includes(key) ? `${key}:${[subs].flat()[0]}` : key),
      createFormats('pl', 'UTC'),
    );
    expect(lateness(NOW - 2 * 24 * 60 * MINUTE, NOW, withForms)).toBe('lateDays_few:2');
    expect(lateness(NOW - 5 * 24 * 60 * MINUTE, NOW, withForms)).toBe('lateDays_many:5');
    expect(lateness(NOW - 24 * 60 * MINUTE, NOW, withForms)).toBe('lateDays_one:1');
  });
});
