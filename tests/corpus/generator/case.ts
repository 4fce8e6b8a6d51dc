/**
 * One generated page's ingredients (a Case), and the View through which a layout family prints a
 * person: every field a family prints is noted, so the expected answer is exactly what the page shows.
 */
import fc from 'fast-check';
import {
  AUTHORITIES, DATE_FORMATS, LABELS, NAME_STYLES, OTHER_ID_LABELS, SEPARATORS,
  dateFormatFits, esc, formatDate, renderName, sexWord,
  type DateFormat, type NameStyle,
} from './formats';
import { ageOn, differentPerson, GIVEN_NAMES, iso, personArb, stayArb, today, type Person, type Stay, type Ymd } from './people';

export type Shown = 'name' | 'mrn' | 'dob' | 'sex' | 'phone' | 'admitDate' | 'dischargeDate' | 'location';

export interface Case {
  client: Person;
  stay?: Stay;
  /** Which of the client's optional facts the page holds (a family may print fewer). */
  show: { mrn: boolean; dob: boolean; sex: boolean; phone: boolean; stay: boolean };
  nameStyle: NameStyle;
  dateFormat: DateFormat;
  labels: { name: string; mrn: string; dob: string; sex: string; phone: string; admit: string; discharge: string; location: string };
  separator: string;
  /** Server templates leave whitespace between tags; JSX and minifiers leave none ("</span><span>"). */
  markup: 'pretty' | 'minified';
  authority: string;
  sexStyle: 'letter' | 'word' | 'lower';
  /** The client's encounter/account number, printed under its own label: never the MRN. */
  otherId: { label: string; value: string };
  ssn: { value: string; masked: boolean } | undefined;
  clutter: {
    user: string;
    providers: string[];
    /** A second patient in a visible "recent" list. */
    recent: Person | undefined;
    recentFirst: boolean;
    /** A third patient, laid out like the client, in a tab the user cannot see. */
    hidden: { person: Person; how: 'attribute' | 'style' | 'class' | 'aria'; before: boolean } | undefined;
    relative: { given: string; relation: string; dob: Ymd } | undefined;
    otherDates: Ymd[];
  };
  /** Makes ids, URLs and hashed class names differ between cases. */
  salt: number;
}

const PROVIDERS = ['Dr. Alan Reyes', 'Dr. Priya Raman', 'Dr. Samuel Ortiz', 'Joan Keller, RN', 'Dr. Helen Marsh', 'Luis Ortega, PT', 'Dr. Kenji Watanabe'];
const USERS = ['Rachel Ode, RN CM', 'Dr. Marisol Quintero', 'Kyle Jensen', 'Nurse Faith Njeri', 'Teresa Alvarado, RN', 'admin'];
const RELATIONS = ['Daughter', 'Son', 'Wife', 'Husband', 'Sister', 'Brother', 'Granddaughter'];

const decoyOf = (client: Person) => personArb.filter((p) => differentPerson(p, client));

function withDecoys(client: Person) {
  return fc.record({
    recent: fc.option(decoyOf(client), { nil: undefined, freq: 2 }),
    hiddenPerson: fc.option(decoyOf(client), { nil: undefined, freq: 2 }),
    how: fc.constantFrom('attribute' as const, 'style' as const, 'class' as const, 'aria' as const),
    before: fc.boolean(),
    recentFirst: fc.boolean(),
    relative: fc.option(
      fc.record({
        given: fc.constantFrom(...GIVEN_NAMES.F, ...GIVEN_NAMES.M).filter((g) => g !== client.given && g !== client.middle),
        relation: fc.constantFrom(...RELATIONS),
        dob: fc.record({ y: fc.integer({ min: 1925, max: 2015 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).filter((d) => iso(d) !== iso(client.dob)),
      }),
      { nil: undefined, freq: 3 },
    ),
    providers: fc.subarray(PROVIDERS, { minLength: 0, maxLength: 3 }),
    user: fc.constantFrom(...USERS),
    otherDates: fc.array(fc.integer({ min: -400, max: 60 }).map((days) => shift(today(), days)), { maxLength: 3 }),
  });
}

const shift = (d: Ymd, days: number): Ymd => {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

export const caseArb: fc.Arbitrary<Case> = personArb.chain((client) =>
  fc
    .record({
      stay: stayArb,
      show: fc.record({ sex: fc.boolean(), phone: fc.boolean(), stay: fc.boolean() }),
      dropMrn: fc.integer({ min: 0, max: 9 }),
      keepDob: fc.integer({ min: 0, max: 9 }),
      nameStyle: pick(NAME_STYLES),
      dateFormat: pick(DATE_FORMATS),
      labels: fc.record({
        name: pick(LABELS.name), mrn: pick(LABELS.mrn), dob: pick(LABELS.dob), sex: pick(LABELS.sex), phone: pick(LABELS.phone),
        admit: pick(LABELS.admit), actual: pick(LABELS.dischargeActual), expected: pick(LABELS.dischargeExpected), location: pick(LABELS.location),
      }),
      separator: pick(SEPARATORS),
      markup: pick(['pretty', 'minified'] as const),
      authority: pick(AUTHORITIES),
      sexStyle: pick(['letter', 'word', 'lower'] as const),
      otherIdLabel: pick(OTHER_ID_LABELS),
      otherIdValue: fc.integer({ min: 10_000_000, max: 99_999_999 }).map((n) => `88${n}`),
      ssn: fc.option(fc.record({ last4: fc.integer({ min: 1000, max: 9999 }), masked: fc.boolean() }), { nil: undefined }),
      decoys: withDecoys(client),
      salt: fc.nat(),
    })
    .map((r) => {
      const stay = r.show.stay ? r.stay : undefined;
      const expectedDates = [client.dob, ...(stay ? [stay.admit, ...(stay.discharge ? [stay.discharge] : [])] : [])];
      const dateFormat = dateFormatFits(r.dateFormat, expectedDates) ? r.dateFormat : 'us';
      const d = r.decoys;
      const c: Case = {
        client,
        stay,
        // Most pages show the record number and the date of birth; some show neither.
        show: { mrn: r.dropMrn > 0, dob: r.keepDob > 1, sex: r.show.sex, phone: r.show.phone, stay: r.show.stay },
        nameStyle: r.nameStyle,
        dateFormat,
        labels: {
          name: r.labels.name, mrn: r.labels.mrn, dob: r.labels.dob, sex: r.labels.sex, phone: r.labels.phone, admit: r.labels.admit,
          discharge: stay?.dischargeKind === 'actual' ? r.labels.actual : r.labels.expected, location: r.labels.location,
        },
        separator: r.separator,
        markup: r.markup,
        authority: r.authority,
        sexStyle: r.sexStyle,
        // An account number is the record number when the page shows no better identifier (labels.ts, weak): so "Account #"
        // prints a number that is not the record number only beside the record number under a more specific label. Not
        // beside "Acct #" (no reader, nor person, could tell which is which), nor on a page that shows no record number.
        otherId: { label: r.otherIdLabel === 'Account #' && (r.labels.mrn === 'Acct #' || r.dropMrn === 0) ? 'FIN' : r.otherIdLabel, value: r.otherIdValue },
        ssn: r.ssn ? { value: `999-${String(r.ssn.last4 % 90 + 10)}-${r.ssn.last4}`, masked: r.ssn.masked } : undefined,
        clutter: {
          user: d.user,
          providers: d.providers,
          recent: d.recent,
          recentFirst: d.recentFirst,
          hidden: d.hiddenPerson && d.hiddenPerson.mrn !== d.recent?.mrn ? { person: d.hiddenPerson, how: d.how, before: d.before } : undefined,
          relative: d.relative,
          otherDates: d.otherDates,
        },
        salt: r.salt,
      };
      return c;
    }),
);

/** What a family prints of one person; records which of the client's fields ended up on the page. */
export class View {
  readonly printed = new Set<Shown>();
  constructor(
    readonly c: Case,
    readonly person: Person,
    readonly stay: Stay | undefined,
  ) {}

  private mark(field: Shown) {
    this.printed.add(field);
  }
  /** For facts a family puts on the page as data (app state) rather than through the printers below. */
  holds(field: Shown) {
    this.mark(field);
  }
  date(d: Ymd, format: DateFormat = this.c.dateFormat): string {
    return esc(formatDate(d, format));
  }
  /** The person's name as printed, and as a person reads it (the expected answer); set when a family prints it. */
  shownName = '';
  naturalName = '';
  name(style: NameStyle = this.c.nameStyle): string {
    this.mark('name');
    const rendered = renderName(this.person, style);
    this.shownName = rendered.shown;
    this.naturalName = rendered.natural;
    return esc(rendered.shown);
  }
  /** The name printed in separate first, middle and last fields (an edit form): the whole name is on the page. */
  nameFields(): Person {
    this.mark('name');
    this.naturalName = renderName(this.person, 'natural').natural;
    return this.person;
  }
  get hasMrn() {
    return this.c.show.mrn;
  }
  mrn(withAuthority = true): string {
    this.mark('mrn');
    return esc(this.person.mrn + (withAuthority ? this.c.authority : ''));
  }
  get hasDob() {
    return this.c.show.dob;
  }
  dob(format?: DateFormat): string {
    this.mark('dob');
    return this.date(this.person.dob, format);
  }
  dobIso(): string {
    this.mark('dob');
    return iso(this.person.dob);
  }
  age(): number {
    return ageOn(this.person.dob, today());
  }
  get hasSex() {
    return this.c.show.sex;
  }
  sex(style = this.c.sexStyle): string {
    this.mark('sex');
    return sexWord(this.person.sex, style);
  }
  get hasPhone() {
    return this.c.show.phone;
  }
  phone(): string {
    this.mark('phone');
    return esc(this.person.phone);
  }
  admit(format?: DateFormat): string {
    this.mark('admitDate');
    return this.date((this.stay as Stay).admit, format);
  }
  get hasDischarge() {
    return this.stay?.discharge !== undefined;
  }
  get dischargeExpected() {
    return this.stay?.dischargeKind === 'expected';
  }
  discharge(format?: DateFormat): string {
    this.mark('dischargeDate');
    return this.date((this.stay as Stay).discharge as Ymd, format);
  }
  location(): string {
    this.mark('location');
    const s = this.stay as Stay;
    return esc(`${s.unit}, Room ${s.room}`);
  }
  /** A deterministic CSS-module style hash for a class name. */
  hash(key: string): string {
    let h = this.c.salt ^ 0x9e3779b9;
    for (const ch of key) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    return h.toString(36).slice(0, 5).padEnd(5, 'x');
  }
}
