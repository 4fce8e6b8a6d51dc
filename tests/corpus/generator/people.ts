/** Synthetic people for generated pages: names, identifiers, dates and stays, as fast-check arbitraries. */
import fc from 'fast-check';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export interface Person {
  given: string;
  middle?: string;
  family: string;
  sex: 'F' | 'M';
  dob: Ymd;
  mrn: string;
  phone: string;
}

export interface Stay {
  admit: Ymd;
  discharge?: Ymd;
  /** An expected discharge is a date the page calls expected/anticipated; an actual one has happened. */
  dischargeKind: 'actual' | 'expected';
  unit: string;
  room: string;
}

const GIVEN_F = ['Maria', 'Aisha', 'Eleanor', 'Grace', 'Mei', 'Fatima', 'Ingrid', 'Lucia', 'Priya', 'Olga', 'Nkechi', 'Rosa', 'Hannah', 'Yuki', 'Beatriz', 'Mary-Kate', 'Zofia', 'Amara', 'Delphine', 'Harriet'];
const GIVEN_M = ['James', 'Kwame', 'Tomás', 'Hiroshi', 'Oleksandr', 'Rahul', 'Mohammed', 'Liam', 'Desmond', 'Jean-Luc', 'Bartholomew', 'Chen', 'Emeka', 'Sven', 'Diego', 'Walter', 'Ahmed', 'Nikolai', 'Odell', 'Ezra'];
const FAMILY = [
  'Okafor', 'Lindqvist', 'Nguyen', 'Herrera', "O'Brien", 'McAllister', 'Kowalczyk', 'Mensah-Asante', 'Haverford', 'Tshabalala',
  'Abernathy', 'Sato', 'Delacroix', 'Castillo', 'Oyelaran', 'Fairweather', 'Brennan', 'Wojciechowski', 'Achterberg', 'Galloway',
  'Ferreira', 'Bishop', 'Iyer', 'Strauss', 'Wambui', 'Moreau', 'Ahmadi', 'Kim', 'Novak', 'Quintero',
];
const UNITS = ['4 West', '7 South', 'ICU', 'Med Surg 3', 'Telemetry', 'Rehab 2', 'Oncology 5B', 'Memory Care'];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const iso = (d: Ymd) => `${d.y}-${pad(d.m)}-${pad(d.d)}`;

export function addDays(d: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Today as the pages see it: stays are generated around it, so "expected" stays in the future. */
export function today(): Ymd {
  const t = new Date();
  return { y: t.getFullYear(), m: t.getMonth() + 1, d: t.getDate() };
}

export function ageOn(dob: Ymd, on: Ymd): number {
  return on.y - dob.y - (on.m < dob.m || (on.m === dob.m && on.d < dob.d) ? 1 : 0);
}

const ymd = (fromYear: number, toYear: number): fc.Arbitrary<Ymd> =>
  fc.record({ y: fc.integer({ min: fromYear, max: toYear }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });

const digits = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((ds) => ds.join(''));

/** Record numbers in the shapes products print: plain digits (leading zeros too), letter prefixes, dashes. */
export const mrnArb: fc.Arbitrary<string> = fc.oneof(
  digits(6, 9).filter((s) => /[1-9]/.test(s)),
  digits(7, 7).filter((s) => /[1-9]/.test(s)).map((s) => `E${s}`),
  digits(5, 6).filter((s) => /[1-9]/.test(s)).map((s) => `MR-${s}`),
  fc.tuple(digits(4, 4), fc.constantFrom('A', 'E', 'K', 'W', 'Y')).map(([a, l]) => `10${a}${l}`),
  fc.tuple(digits(2, 2), digits(5, 5)).map(([a, b]) => `${a}-${b}`),
);

const phoneArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 201, max: 989 }), fc.integer({ min: 100, max: 199 }), fc.constantFrom('paren', 'dash', 'dot'))
  .map(([area, line, style]) => {
    const tail = `01${String(line).slice(1)}`;
    if (style === 'paren') return `(${area}) 555-${tail}`;
    if (style === 'dash') return `${area}-555-${tail}`;
    return `${area}.555.${tail}`;
  });

export const personArb: fc.Arbitrary<Person> = fc
  .record({
    sex: fc.constantFrom('F' as const, 'M' as const),
    gi: fc.nat(GIVEN_F.length - 1),
    mi: fc.option(fc.nat(GIVEN_F.length - 1), { nil: undefined }),
    family: fc.constantFrom(...FAMILY),
    dob: ymd(1925, 2012),
    mrn: mrnArb,
    phone: phoneArb,
  })
  .map(({ sex, gi, mi, family, dob, mrn, phone }) => {
    const pool = sex === 'F' ? GIVEN_F : GIVEN_M;
    const given = pool[gi] as string;
    const middleName = mi === undefined ? undefined : (pool[(mi + 7) % pool.length] as string);
    return { given, middle: middleName && middleName !== given ? middleName : undefined, family, sex, dob, mrn, phone };
  });

export const stayArb: fc.Arbitrary<Stay> = fc
  .record({
    daysAgo: fc.integer({ min: 1, max: 25 }),
    length: fc.integer({ min: 1, max: 14 }),
    kind: fc.constantFrom('actual' as const, 'expected' as const, 'none' as const),
    unit: fc.constantFrom(...UNITS),
    room: fc.tuple(fc.integer({ min: 101, max: 830 }), fc.constantFrom('', '-A', '-B')).map(([r, b]) => `${r}${b}`),
  })
  .map(({ daysAgo, length, kind, unit, room }) => {
    const admit = addDays(today(), -daysAgo);
    if (kind === 'none') return { admit, dischargeKind: 'expected' as const, unit, room };
    // An actual discharge has happened (today at the latest); an expected one is still ahead.
    const discharge = kind === 'actual' ? addDays(admit, Math.min(length, daysAgo)) : addDays(today(), length);
    return { admit, discharge, dischargeKind: kind, unit, room };
  });

/** Other people on a page: never the client (another given and family name, MRN and birth date). */
export function differentPerson(p: Person, client: Person): boolean {
  const names = [client.given, client.middle, client.family].filter(Boolean);
  return !names.includes(p.given) && p.family !== client.family && p.mrn !== client.mrn && iso(p.dob) !== iso(client.dob);
}

export const GIVEN_NAMES = { F: GIVEN_F, M: GIVEN_M };
