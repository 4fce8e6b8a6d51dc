import type { DateOrder } from '../types';

/**
 * Calendar dates as pages print them → "YYYY-MM-DD". Everything is built from the parsed numbers:
 * the Date string constructor would read some formats as UTC midnight and move a birthday by a day west of
 * Greenwich, and its accepted formats differ between engines.
 */

export interface ParsedDate {
  iso: string;
  /** True when a numeric day/month could be read either way and nothing said which order. */
  ambiguous: boolean;
}

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export interface DateParseOptions {
  /** Order for numeric dates; when absent MDY is assumed and ambiguous dates are flagged. */
  order?: DateOrder;
  /** 'birth' dates are never in the future: two-digit years pivot on that. */
  kind?: 'birth' | 'event';
  /** The local calendar day "now" (for the pivot); defaults to the current local date. */
  today?: YMD;
}

const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

// A date is never a piece of a longer run of numbers: "…21367.2010.1.2" is an OID, not 2 January 2010.
const ISO = /(?<!\d\.?)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\.?\d)/;
// "04.Nov.1965": the month's own period may be the separator too; "17 — Mar — 1997": so may a dash set apart by
// spaces, as OpenMRS 3's wide date format prints a birth date.
const D_MON_Y = new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?(?:[\\s\\-./]+|\\s+[–—]\\s+)${MONTH_RE}(?:[\\s\\-./,]*|\\s+[–—]\\s+)(\\d{4}|\\d{2})(?!\\d)`, 'i');
// "Mar-03-1988", "Dec-05-2026 03:14": hospital systems print the month's name first with dashes between the parts.
const MON_D_Y = new RegExp(`(?<![a-z])${MONTH_RE}(?:\\s+|-)(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+|-)(\\d{4}|\\d{2})(?!\\d)`, 'i');
const NUMERIC = /(?<!\d\.?)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?!\.?\d)/;
const DOTTED = /^\d{1,2}\.\d{1,2}\.\d/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isValidYMD(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    y >= 1850 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function formatYMD(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The current local calendar day, from Date's local getters (no string round trip). */
export function localToday(): YMD {
  const now = new Date();
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}

function compare(a: YMD, b: YMD): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Four-digit year for a two-digit one: births are never in the future; events land nearest today. */
function expandYear(yy: number, m: number, d: number, kind: 'birth' | 'event', today: YMD): number {
  if (kind === 'birth') {
    const y = 2000 + yy;
    return compare({ y, m, d }, today) > 0 ? 1900 + yy : y;
  }
  const y = Math.floor(today.y / 100) * 100 + yy;
  return y - today.y > 50 ? y - 100 : today.y - y > 50 ? y + 100 : y;
}

function finish(y: number, yearText: string, m: number, d: number, ambiguous: boolean, o: Required<Pick<DateParseOptions, 'kind'>> & { today: YMD }): ParsedDate | null {
  const year = yearText.length === 2 ? expandYear(y, m, d, o.kind, o.today) : y;
  if (!isValidYMD(year, m, d)) return null;
  if (o.kind === 'birth' && compare({ y: year, m, d }, o.today) > 0) return null;
  return { iso: formatYMD(year, m, d), ambiguous };
}

/** Reads the first date in `text` (formats: ISO, MM/DD/YYYY or DD/MM/YYYY, 5-Jan-1950, Jan 5, 1950). */
export function parseDate(text: string, options: DateParseOptions = {}): ParsedDate | null {
  text = text.slice(0, 200);
  const o = { kind: options.kind ?? 'event', today: options.today ?? localToday() };

  const candidates: { index: number; read: () => ParsedDate | null }[] = [];
  // Each format's groups: year, month (a number or a name), day.
  const add = (m: RegExpExecArray | null, y: number, mon: number, d: number) => {
    if (m) candidates.push({ index: m.index, read: () => finish(Number(m[y]), m[y] as string, monthNumber(m[mon] as string), Number(m[d]), false, o) });
  };
  const iso = ISO.exec(text);
  add(iso, 1, 2, 3);
  add(D_MON_Y.exec(text), 3, 2, 1);
  add(MON_D_Y.exec(text), 3, 1, 2);
  const num = NUMERIC.exec(text);
  if (num && !(iso && num.index >= iso.index && num.index < iso.index + iso[0].length)) {
    candidates.push({ index: num.index, read: () => readNumeric(num, options.order, o) });
  }
  candidates.sort((a, b) => a.index - b.index);
  for (const c of candidates) {
    const r = c.read();
    if (r) return r;
  }
  return null;
}

function monthNumber(month: string): number {
  const at = 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(month.slice(0, 3).toLowerCase());
  return Number(month) || (at % 3 ? 0 : at / 3 + 1);
}

function readNumeric(match: RegExpExecArray, order: DateOrder | undefined, o: { kind: 'birth' | 'event'; today: YMD }): ParsedDate | null {
  const a = Number(match[1]);
  const b = Number(match[2]);
  const yearText = match[3] as string;
  const y = Number(yearText);
  const mdy = finish(y, yearText, a, b, false, o);
  const dmy = finish(y, yearText, b, a, false, o);
  if (order === 'DMY') return dmy;
  if (order === 'MDY') return mdy;
  // No order given: US first, except in dots ("11.06.1996"), which only day-first countries print (DIN 5008 and its
  // neighbours); only one reading valid → it is not ambiguous.
  if (mdy && dmy) return { iso: (DOTTED.test(match[0]) ? dmy : mdy).iso, ambiguous: a !== b };
  return mdy ?? dmy;
}

/**
 * A period as documents print it ("from March 1, 2012 to March 9, 2012", "03/01/2025 – 03/09/2025",
 * "3/1/2025 - present", "March 12, 2011 10:32AM - 1:32PM"): the raw text of its start and of its end, when there is one.
 */
export function splitPeriod(raw: string): { start: string; end?: string } | null {
  // "to 04/01/2025": an end alone (a document's encounter that gives no start).
  const until = /^\s*(?:to|until|till|through)\s+(?=.*\d)/i.exec(raw);
  if (until) return { start: '', end: raw.slice(until[0].length) };
  // A header cell listing the encounter's id and type before it ("Id 5501 Type: Inpatient Date: from … to …"): the period starts at its "from".
  const from = /\bfrom\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/gi;
  let at = -1;
  for (let f = from.exec(raw); f; f = from.exec(raw)) at = f.index;
  const text = (at > 0 ? raw.slice(at) : raw).replace(/^\s*(?:from|since|between)\s+/i, '');
  // An arrow too ("2026-11-19 → 2026-11-23", as FHIR viewers join a period's start and end).
  const m = /\s+(?:to|until|till|through|thru|and|-+>?|=>|[→⟶]|–|—)\s+|(?<=\d)\s*[–—→]\s*(?=\d)/i.exec(text);
  if (!m) return { start: text };
  const end = text.slice(m.index + m[0].length);
  const start = text.slice(0, m.index);
  // "March 12, 2011 10:32AM - 1:32PM": an end given as a time alone ends on the start's day.
  return { start, ...(/\d/.test(end) ? { end: /^\d\d?:\d\d(?::\d\d)?\s*(?:[ap]m)?\s*(?:[+-]\d{4})?\s*$/i.test(end) ? start : end } : {}) };
}
