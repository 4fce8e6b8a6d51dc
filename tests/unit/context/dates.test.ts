import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { daysInMonth, formatYMD, isLeapYear, parseDate } from '../../../src/context/parse/dates';

const TODAY = { y: 2025, m: 3, d: 10 };
const iso = (text: string, o: Parameters<typeof parseDate>[1] = {}) => parseDate(text, { today: TODAY, ...o })?.iso ?? null;

describe('parseDate formats', () => {
  it('reads ISO dates', () => {
    expect(iso('1950-01-05')).toBe('1950-01-05');
    expect(iso('DOB 1950-1-5 (75y)')).toBe('1950-01-05');
    expect(iso('2024/12/31')).toBe('2024-12-31');
  });
  it('reads US numeric dates by default', () => {
    expect(iso('01/05/1950')).toBe('1950-01-05');
    expect(iso('1/5/1950')).toBe('1950-01-05');
    expect(iso('12.31.1999')).toBe('1999-12-31');
  });
  it('reads DMY when the order says so', () => {
    expect(iso('01/05/1950', { order: 'DMY' })).toBe('1950-05-01');
    expect(iso('05-01-1950', { order: 'DMY' })).toBe('1950-01-05');
  });
  it('flags ambiguity only when no order is given and both readings are valid', () => {
    expect(parseDate('03/04/1950', { today: TODAY })).toEqual({ iso: '1950-03-04', ambiguous: true });
    expect(parseDate('03/04/1950', { today: TODAY, order: 'MDY' })).toEqual({ iso: '1950-03-04', ambiguous: false });
    expect(parseDate('04/04/1950', { today: TODAY })).toEqual({ iso: '1950-04-04', ambiguous: false });
    // Only one reading is a real date: no ambiguity.
    expect(parseDate('25/12/1950', { today: TODAY })).toEqual({ iso: '1950-12-25', ambiguous: false });
    expect(parseDate('12/25/1950', { today: TODAY })).toEqual({ iso: '1950-12-25', ambiguous: false });
  });
  it('reads month names', () => {
    expect(iso('05-Jan-1950')).toBe('1950-01-05');
    expect(iso('5 Jan 1950')).toBe('1950-01-05');
    expect(iso('5th January 1950')).toBe('1950-01-05');
    expect(iso('Jan 5, 1950')).toBe('1950-01-05');
    expect(iso('Sept. 30, 1971')).toBe('1971-09-30');
    expect(iso('September 30 1971')).toBe('1971-09-30');
    expect(iso('30-SEP-1971')).toBe('1971-09-30');
    expect(iso('Dec 1, 1955')).toBe('1955-12-01');
  });
  it('takes the first date in the text', () => {
    expect(iso('Admitted 03/07/2025, expected 03/11/2025')).toBe('2025-03-07');
  });
});

describe('two-digit years', () => {
  it('never puts a birth date in the future', () => {
    expect(iso('01/05/50', { kind: 'birth' })).toBe('1950-01-05');
    expect(iso('01/05/24', { kind: 'birth' })).toBe('2024-01-05');
    expect(iso('03/10/25', { kind: 'birth' })).toBe('2025-03-10');
    expect(iso('03/11/25', { kind: 'birth' })).toBe('1925-03-11');
  });
  it('puts event dates in the nearest century', () => {
    expect(iso('03/11/25', { kind: 'event' })).toBe('2025-03-11');
    expect(iso('12/30/99', { kind: 'event' })).toBe('1999-12-30');
  });
});

describe('invalid dates', () => {
  it('handles leap days', () => {
    expect(iso('1952-02-29')).toBe('1952-02-29');
    expect(iso('2000-02-29')).toBe('2000-02-29');
    expect(iso('1900-02-29')).toBeNull();
    expect(iso('2023-02-29')).toBeNull();
    expect(iso('02/29/2024')).toBe('2024-02-29');
    expect(iso('29-Feb-2023')).toBeNull();
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(1900)).toBe(false);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 4)).toBe(30);
  });
  it('rejects impossible values', () => {
    expect(iso('13/45/2000')).toBeNull();
    expect(iso('2020-13-01')).toBeNull();
    expect(iso('Apr 31, 2020')).toBeNull();
    expect(iso('00/10/2020')).toBeNull();
    expect(iso('not a date')).toBeNull();
    expect(iso('123/45/6789')).toBeNull();
    expect(iso('')).toBeNull();
  });
  it('never reads a date out of a longer dotted number (OIDs, versions)', () => {
    expect(iso('MRN 00-44630 (1.3.6.1.4.1.21367.2010.1.2)')).toBeNull();
    expect(iso('build 4.12.03.2021.7')).toBeNull();
    expect(iso('Seen 2021.03.04.')).toBe('2021-03-04');
    expect(iso('Stay 01/02/2024-01/05/2024')).toBe('2024-01-02');
  });
  it('rejects a birth date in the future', () => {
    expect(iso('2030-01-01', { kind: 'birth' })).toBeNull();
    expect(iso('2030-01-01', { kind: 'event' })).toBe('2030-01-01');
  });
  it('caps the work on long input', () => {
    expect(iso(`${'9'.repeat(100000)} 1950-01-05`)).toBeNull();
  });
});

describe('time-zone independence', () => {
  it('formats from numbers', () => {
    expect(formatYMD(1950, 1, 5)).toBe('1950-01-05');
    expect(formatYMD(999, 12, 31)).toBe('0999-12-31');
  });
  it('never parses date strings with Date in src/context', () => {
    // `new Date("1950-01-05")` is UTC midnight, the day before west of Greenwich: a calendar date
    // must never go through it. Only argument-free `new Date()` (to learn today) is allowed.
    const root = path.resolve(__dirname, '../../../src/context');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = path.join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      expect(src, f).not.toMatch(/Date\.parse\s*\(/);
      expect(src, f).not.toMatch(/new Date\(\s*[^)\s]/);
      expect(src, f).not.toMatch(/toISOString\s*\(/);
    }
  });
  it('gives the same answer whatever Date says about the zone', () => {
    const original = Date.prototype.getTimezoneOffset;
    try {
      for (const offset of [-840, -60, 0, 300, 720]) {
        Date.prototype.getTimezoneOffset = () => offset;
        expect(iso('01/05/1950')).toBe('1950-01-05');
        expect(iso('Jan 5, 1950')).toBe('1950-01-05');
      }
    } finally {
      Date.prototype.getTimezoneOffset = original;
    }
  });
});

describe('parseDate: day, abbreviated month and year run together by periods', () => {
  it('reads 04.Nov.1965', () => {
    expect(parseDate('04.Nov.1965')?.iso).toBe('1965-11-04');
    expect(parseDate('4 Nov. 1965')?.iso).toBe('1965-11-04');
  });
});
