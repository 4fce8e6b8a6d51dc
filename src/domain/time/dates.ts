/**
 * Calendar dates (`YYYY-MM-DD`) in the user's time zone. Arithmetic runs on the Y/M/D parts in UTC
 * so no local-time parsing or DST jump can move a birthday or a discharge date by a day.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const DAY_MS = 86_400_000;

interface Ymd {
  y: number;
  m: number;
  d: number;
}

// Intl formatters are costly to build; the caseload view asks for the same zones over and over.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
const wallFormatters = new Map<string, Intl.DateTimeFormat>();

function cached(map: Map<string, Intl.DateTimeFormat>, timeZone: string | undefined, make: () => Intl.DateTimeFormat) {
  const key = timeZone ?? '';
  let f = map.get(key);
  if (!f) {
    f = make();
    map.set(key, f);
  }
  return f;
}

function partsOf(f: Intl.DateTimeFormat, epochMs: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(epochMs)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

// Date.UTC maps years 0..99 to 19xx; setUTCFullYear does not.
function utcOf({ y, m, d }: Ymd): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getTime();
}

function ymdOfUtc(ms: number): Ymd {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function format({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function parse(date: string): Ymd {
  const m = DATE_RE.exec(date);
  const ymd = m && { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  // Round-trip rejects 2023-02-30 and friends instead of rolling them over.
  if (!ymd || format(ymdOfUtc(utcOf(ymd))) !== date) throw new RangeError(`Not a calendar date: ${date}`);
  return ymd;
}

export function isValidCalendarDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  try {
    parse(s);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date an instant falls on in `timeZone` (default: the runtime's zone). */
export function calendarDateOf(epochMs: number, timeZone?: string): string {
  const f = cached(dateFormatters, timeZone, () =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
  );
  const p = partsOf(f, epochMs);
  return format({ y: p.year ?? NaN, m: p.month ?? NaN, d: p.day ?? NaN });
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetweenDates(from: string, to: string): number {
  return Math.round((utcOf(parse(to)) - utcOf(parse(from))) / DAY_MS);
}

export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Not whole days: ${n}`);
  return format(ymdOfUtc(utcOf(parse(date)) + n * DAY_MS));
}

/** Wall-clock minus UTC, in ms, at an instant in `timeZone`. */
function offsetAt(epochMs: number, timeZone: string | undefined): number {
  const f = cached(wallFormatters, timeZone, () =>
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }),
  );
  const p = partsOf(f, epochMs);
  const wall = utcOf({ y: p.year ?? NaN, m: p.month ?? NaN, d: p.day ?? NaN }) +
    ((p.hour ?? 0) * 3600 + (p.minute ?? 0) * 60 + (p.second ?? 0)) * 1000;
  return wall - (epochMs - (((epochMs % 1000) + 1000) % 1000));
}

/**
 * Epoch ms of the wall-clock time `hh:mm` on `date` in `timeZone`. Across DST: a time that
 * happens twice (fall back) gives the earlier instant; a time that does not exist (spring forward)
 * moves forward by the gap, as a person setting a clock would expect (Temporal's "compatible").
 */
export function epochAtLocal(date: string, hh: number, mm: number, timeZone?: string): number {
  if (!Number.isInteger(hh) || hh < 0 || hh > 23 || !Number.isInteger(mm) || mm < 0 || mm > 59) {
    throw new RangeError(`Not a wall-clock time: ${hh}:${mm}`);
  }
  const wall = utcOf(parse(date)) + (hh * 60 + mm) * 60_000;
  // Offsets a day either side bracket any single transition near this wall time.
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const fits = (t: number) => t + offsetAt(t, timeZone) === wall;
  const candidates = [wall - before, wall - after].filter(fits);
  if (candidates.length > 0) return Math.min(...candidates);
  return wall - before;
}

/** The first instant of `date` in `timeZone`. */
export function startOfLocalDay(date: string, timeZone?: string): number {
  return epochAtLocal(date, 0, 0, timeZone);
}

/** Age in whole years on `today`; someone born on 29 February turns a year older on 1 March. */
export function ageOn(dob: string, today: string): number {
  const b = parse(dob);
  const t = parse(today);
  let age = t.y - b.y;
  if (t.m < b.m || (t.m === b.m && t.d < b.d)) age -= 1;
  return age;
}

const SUNDAY = '1970-01-04';

/** 0 = Sunday … 6 = Saturday, from the calendar date alone. */
export function weekdayOf(date: string): number {
  return ((daysBetweenDates(SUNDAY, date) % 7) + 7) % 7;
}
