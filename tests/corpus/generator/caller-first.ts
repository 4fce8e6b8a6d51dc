/**
 * A tuning family of call records, intake forms and registration screens that print another person's block FIRST: the
 * caller, the guarantor, the parent or guardian, the emergency contact or the responsible party, with that person's own
 * name, birth date and phone under captions that name their role ("Caller DOB", "Guarantor phone") or, under a section
 * heading that does, under the plain captions the client's block uses too ("Date of birth"). The client's block comes
 * after, under its own heading. Captions print with or without colons, in rows of spans or in a table.
 */
import { esc } from './formats';
import type { Family } from './families';
import { pairs } from './families';
import { GIVEN_NAMES, type Ymd } from './people';
import type { View } from './case';

interface Role {
  heading: string;
  name: string;
  relation: string;
  dob: string;
  phone: string;
}

/** How products caption the other person's block: by role on every row, or by a section heading alone. */
const ROLES: readonly Role[] = [
  { heading: 'Caller', name: 'Caller name', relation: 'Relationship to patient', dob: 'Caller DOB', phone: 'Callback number' },
  { heading: 'Guarantor', name: 'Guarantor', relation: 'Relationship', dob: 'Guarantor DOB', phone: 'Guarantor phone' },
  { heading: 'Parent / Guardian', name: 'Parent/Guardian name', relation: 'Relationship', dob: 'Parent/Guardian DOB', phone: 'Parent/Guardian phone' },
  { heading: 'Emergency contact', name: 'Emergency contact', relation: 'Relationship', dob: 'Contact DOB', phone: 'Contact phone' },
  { heading: 'Responsible party', name: 'Name', relation: 'Relationship', dob: 'Date of birth', phone: 'Phone' },
];
const CLIENT_HEADINGS = ['Patient', 'Client', 'Member', 'Patient information'];
const RELATIONS = ['Mother', 'Father', 'Spouse', 'Daughter', 'Son', 'Legal guardian'];

/** The other person: the case's relative when it has one, else someone derived from the salt, never the client. */
function otherPerson(v: View): { name: string; relation: string; dob: Ymd; phone: string } {
  const salt = v.c.salt;
  const relative = v.c.clutter.relative;
  const pool = [...GIVEN_NAMES.F, ...GIVEN_NAMES.M].filter((g) => g !== v.person.given && g !== v.person.middle);
  const given = relative?.given ?? (pool[salt % pool.length] as string);
  const dob = relative?.dob ?? { y: v.person.dob.y - 24 - (salt % 9), m: ((salt >> 3) % 12) + 1, d: ((salt >> 5) % 28) + 1 };
  // The client's phones end 01xx (people.ts): this one cannot be theirs.
  const phone = `(${300 + (salt % 600)}) 555-02${String(salt % 100).padStart(2, '0')}`;
  return { name: `${given} ${v.person.family}`, relation: relative?.relation ?? (RELATIONS[salt % RELATIONS.length] as string), dob, phone };
}

export const callerFirst: Family = {
  id: 'caller-first',
  split: 'tuning',
  kinds: ['identifier-labels', 'relatives'],
  app: 'Intake',
  url: (v) => `https://intake.gen-caller.example/calls/${v.c.salt}`,
  render: (v) => {
    const salt = v.c.salt;
    const role = ROLES[salt % ROLES.length] as Role;
    const colon = (salt >> 4) % 2 === 0 ? ':' : '';
    const other = otherPerson(v);
    const theirs: [string, string][] = [
      [role.name, esc(other.name)],
      [role.relation, esc(other.relation)],
      [role.dob, v.date(other.dob)],
      [role.phone, esc(other.phone)],
    ];
    const asTable = (salt >> 5) % 2 === 0;
    const block = (rows: [string, string][]) =>
      asTable
        ? `<table>${rows.map(([k, val]) => `<tr><th>${k}${colon}</th><td>${val}</td></tr>`).join('')}</table>`
        : rows.map(([k, val]) => `<div class="row"><span class="lbl">${k}${colon}</span> <span>${val}</span></div>`).join('');
    const clientHeading = CLIENT_HEADINGS[(salt >> 6) % CLIENT_HEADINGS.length] as string;
    return {
      core:
        `<h1>${salt % 2 === 0 ? 'Call record' : 'Intake'}</h1>` +
        `<section class="other"><h2>${esc(role.heading)}</h2>${block(theirs)}</section>` +
        `<section class="subject"><h2>${esc(clientHeading)}</h2>${block(pairs(v))}</section>`,
    };
  },
};
