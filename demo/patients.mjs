// Synthetic patients for the demo EHR. Every name, number and date here is invented.
// Dates are computed relative to `today` so that "admitted 3 days ago" stays true whenever the
// demo runs; calendar arithmetic uses local Date(y, m, d) numbers, never date strings.

/** @param {number} n */
const pad = (n) => String(n).padStart(2, '0');

/** @param {Date} d */
export function isoDate(d) {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** @param {Date} today @param {number} days */
function addDays(today, days) {
  return new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
}

/**
 * Seed rows. `admit`/`discharge` are day offsets from today; `dischargeActual` says whether the
 * discharge already happened (negative offset) or is only expected.
 */
const SEED = [
  { id: '1', first: 'Jane', middle: 'Marie', last: 'Doe', mrn: 'MRN-100234', dob: '1950-01-05', sex: 'F', phone: '(555) 010-1234', admit: -3, discharge: 1, location: '4 West, Room 412' },
  { id: '2', first: 'José', last: 'Núñez', mrn: 'MRN-100318', dob: '1948-11-23', sex: 'M', phone: '(555) 010-2281', admit: -5, discharge: 2, location: '3 East, Room 307' },
  { id: '3', first: 'Mary-Kate', last: "O'Brien", mrn: 'MRN-100402', dob: '1962-07-14', sex: 'F', phone: '(555) 010-3390', admit: -9, discharge: -2, location: '5 North, Room 518' },
  { id: '4', first: 'Robert', middle: 'James', last: 'McDonald', mrn: 'MRN-100517', dob: '1939-03-04', sex: 'M', phone: '(555) 010-4417' },
  { id: '5', first: 'Ana', middle: 'Lucía', last: 'Núñez-García', mrn: 'MRN-100623', dob: '1971-09-30', sex: 'F', phone: '(555) 010-5502', admit: -1, discharge: 3, location: 'ICU, Bed 6' },
  { id: '6', first: 'Wei', last: 'Zhang', mrn: 'MRN-100745', dob: '1955-12-01', sex: 'M', phone: '(555) 010-6673' },
  { id: '7', first: 'Aaliyah', middle: 'R', last: 'Thompson', mrn: 'MRN-100856', dob: '1988-06-17', sex: 'F', phone: '(555) 010-7741' },
  { id: '8', first: 'Giuseppe', last: "D'Angelo", mrn: 'MRN-100967', dob: '1944-02-11', sex: 'M', phone: '(555) 010-8820', admit: -7, discharge: -1, location: '4 West, Room 420' },
  { id: '9', first: 'Françoise', last: 'Lefèvre', mrn: 'MRN-101078', dob: '1952-02-29', sex: 'F', phone: '(555) 010-9915' },
  { id: '10', first: 'Samuel', middle: 'Chidi', last: 'Okonkwo-Adeyemi', mrn: 'MRN-101189', dob: '1966-04-08', sex: 'M', phone: '(555) 011-0032', admit: -2, discharge: 0, location: '6 South, Room 611' },
  { id: '11', first: 'Bjørn', last: 'Ødegård', mrn: 'MRN-101290', dob: '1958-08-21', sex: 'M', phone: '(555) 011-1147', admit: -12, discharge: -5, location: '3 East, Room 315' },
  { id: '12', first: 'Dorothy', middle: 'Ann', last: 'Whitfield', mrn: 'MRN-101301', dob: '1931-10-02', sex: 'F', phone: '(555) 011-2258', admit: -4, discharge: -3, location: '5 North, Room 502' },
  { id: '13', first: 'Mei-Ling', last: 'Chen', mrn: 'MRN-101412', dob: '1979-05-12', sex: 'X', phone: '(555) 011-3369' },
  { id: '14', first: 'Hoang', middle: 'Van', last: 'Nguyen', mrn: 'MRN-101523', dob: '1947-01-19', sex: 'M', phone: '(555) 011-4470', admit: -6, discharge: 1, location: '6 South, Room 604' },
];

/**
 * @typedef {{ id: string, first: string, middle?: string, last: string, mrn: string,
 *   dob: string, sex: string, phone: string, admitDate?: string, dischargeDate?: string,
 *   dischargeActual?: boolean, location?: string,
 *   status: 'inpatient' | 'discharged' | 'outpatient' }} Patient
 */

/**
 * @param {Date} [today] local calendar day the dates are relative to (defaults to now)
 * @returns {Patient[]}
 */
export function makePatients(today = new Date()) {
  return SEED.map((s) => {
    /** @type {Patient} */
    const p = { id: s.id, first: s.first, last: s.last, mrn: s.mrn, dob: s.dob, sex: s.sex, phone: s.phone, status: 'outpatient' };
    if (s.middle) p.middle = s.middle;
    if (s.admit !== undefined && s.discharge !== undefined) {
      p.admitDate = isoDate(addDays(today, s.admit));
      p.dischargeDate = isoDate(addDays(today, s.discharge));
      // Today's discharge is still "expected" in the demo: the patient is on the unit.
      p.dischargeActual = s.discharge < 0;
      p.status = p.dischargeActual ? 'discharged' : 'inpatient';
      if (s.location) p.location = s.location;
    }
    return p;
  });
}

/** Patients relative to the current date (re-evaluate with makePatients() in long-running code). */
export const patients = makePatients();

/**
 * The name as each skin prints it, in natural order.
 * @param {Patient} p @param {'initial' | 'full'} middle
 */
export function naturalName(p, middle = 'initial') {
  if (!p.middle) return `${p.first} ${p.last}`;
  const m = middle === 'full' && p.middle.length > 1 ? p.middle : `${p.middle.charAt(0)}.`;
  return `${p.first} ${m} ${p.last}`;
}
