/** How pages print things: date formats, name orders and cases, label spellings, separators. */
import type { Person, Ymd } from './people';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');
const mon = (d: Ymd) => (MONTHS[d.m - 1] as string).slice(0, 3);

export const DATE_FORMATS = ['iso', 'us', 'us-short', 'dmy', 'dd-mon-yyyy', 'd-mon-yyyy', 'mon-d-yyyy', 'month-d-yyyy', 'dd.mon.yyyy'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export function formatDate(d: Ymd, f: DateFormat): string {
  switch (f) {
    case 'iso':
      return `${d.y}-${pad(d.m)}-${pad(d.d)}`;
    case 'us':
      return `${pad(d.m)}/${pad(d.d)}/${d.y}`;
    case 'us-short':
      return `${d.m}/${d.d}/${d.y}`;
    case 'dmy':
      return `${pad(d.d)}/${pad(d.m)}/${d.y}`;
    case 'dd-mon-yyyy':
      return `${pad(d.d)}-${mon(d)}-${d.y}`;
    case 'd-mon-yyyy':
      return `${d.d} ${mon(d)} ${d.y}`;
    case 'mon-d-yyyy':
      return `${mon(d)} ${d.d}, ${d.y}`;
    case 'month-d-yyyy':
      return `${MONTHS[d.m - 1]} ${d.d}, ${d.y}`;
    case 'dd.mon.yyyy':
      return `${pad(d.d)}.${mon(d)}.${d.y}`;
  }
}

/** Day-first numeric dates only where no expected date could be read month-first. */
export function dateFormatFits(f: DateFormat, dates: Ymd[]): boolean {
  return f !== 'dmy' || dates.every((d) => d.d > 12);
}

export const NAME_STYLES = ['natural', 'natural-initial', 'family-comma', 'family-comma-caps', 'family-caps-given', 'titled', 'given-family'] as const;
export type NameStyle = (typeof NAME_STYLES)[number];

export interface RenderedName {
  /** As printed on the page. */
  shown: string;
  /** What a person reads it as, in natural order: the expected answer. */
  natural: string;
}

const TITLE = { F: 'Mrs.', M: 'Mr.' };

export function renderName(p: Person, style: NameStyle): RenderedName {
  const initial = p.middle ? `${p.middle.charAt(0)}` : undefined;
  const full = [p.given, p.middle, p.family].filter(Boolean).join(' ');
  switch (style) {
    case 'natural':
      return { shown: full, natural: full };
    case 'natural-initial':
      return initial
        ? { shown: `${p.given} ${initial}. ${p.family}`, natural: `${p.given} ${initial} ${p.family}` }
        : { shown: full, natural: full };
    case 'family-comma':
      return { shown: `${p.family}, ${[p.given, p.middle].filter(Boolean).join(' ')}`, natural: full };
    case 'family-comma-caps': {
      const given = [p.given, initial].filter(Boolean).join(' ');
      return { shown: `${p.family}, ${given}`.toUpperCase(), natural: [p.given, initial, p.family].filter(Boolean).join(' ') };
    }
    case 'family-caps-given':
      // CDA and FHIR narratives: "Jane Marie DOE"
      return { shown: `${[p.given, p.middle].filter(Boolean).join(' ')} ${p.family.toUpperCase()}`, natural: full };
    case 'titled':
      return { shown: `${TITLE[p.sex]} ${full}`, natural: full };
    case 'given-family':
      return { shown: `${p.given} ${p.family}`, natural: `${p.given} ${p.family}` };
  }
}

export type Field = 'name' | 'mrn' | 'dob' | 'sex' | 'phone' | 'admit' | 'dischargeActual' | 'dischargeExpected' | 'location';

/** Label spellings seen in real products, per field. */
export const LABELS: Record<Field, readonly string[]> = {
  name: ['Patient', 'Name', 'Patient Name', 'Member', 'Resident', 'Client', 'Legal name', 'Full Name'],
  mrn: ['MRN', 'MR#', 'Medical Record #', 'Patient ID', 'Patient-ID', 'Chart #', 'Acct #', 'Member ID', 'Resident #', 'Person ID', 'Record No.'],
  dob: ['DOB', 'Date of Birth', 'Birth Date', 'Birthdate', 'Born', 'D.O.B.'],
  sex: ['Sex', 'Gender', 'Legal Sex', 'Sex assigned at birth'],
  phone: ['Phone', 'Home Phone', 'Mobile', 'Tel', 'Primary phone', 'Ph'],
  admit: ['Admitted', 'Admission Date', 'Adm', 'Admit Date', 'Date of Admission', 'Admission Date/Time'],
  dischargeActual: ['Discharged', 'Discharge Date', 'Date of Discharge', 'D/C'],
  dischargeExpected: ['Expected Discharge', 'Exp D/C', 'Anticipated discharge', 'Est. Discharge Date', 'Projected discharge'],
  location: ['Location', 'Unit/Room', 'Room', 'Loc', 'Bed'],
};

/** Identifiers that are this client's but not the record number: the reader must not take them for it. */
export const OTHER_ID_LABELS = ['FIN', 'Encounter #', 'CSN', 'Visit #', 'HAR', 'Account #'] as const;

export const SEPARATORS = [' · ', ' | ', ' • ', ' — ', '<br>', '&nbsp;&nbsp;', ', '] as const;

export const AUTHORITIES = ['', ' (Acme Healthcare)', ' (2.16.840.1.113883.19.5.99999.2)', ' (1.3.6.1.4.1.21367.2010.1.2)'] as const;

export function sexWord(sex: 'F' | 'M', style: 'letter' | 'word' | 'lower'): string {
  const word = sex === 'F' ? 'Female' : 'Male';
  if (style === 'letter') return sex;
  return style === 'word' ? word : word.toLowerCase();
}

/** Escapes text for HTML; every generated value goes through it. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
