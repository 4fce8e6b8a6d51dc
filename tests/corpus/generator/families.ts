/**
 * Layout families of generated pages. Each prints one person through a View; the same function
 * prints the decoy in a hidden tab, so a decoy is laid out exactly like the client.
 */
import { esc } from './formats';
import { iso } from './people';
import type { View } from './case';
import { proseLines } from './prose-lines';
import { noteLines } from './note-lines';
import { faceSheet, residentHeader } from './face-sheet';
import { normalisedState } from './normalised-state';
import { modelForm } from './model-form';
import { assessmentForm } from './assessment-form';
import { chartColumn } from './chart-column';
import { callerFirst } from './caller-first';
import { plainCard } from './plain-card';
import { boldCaption } from './bold-caption';

export interface Rendered {
  /** The part of the page that shows the person. */
  core: string;
  /** Extra markup at the end of the body (app state scripts), only for the client. */
  tail?: string;
}

export interface Family {
  id: string;
  split: 'tuning' | 'held-out';
  kinds: string[];
  app: string;
  url: (v: View) => string;
  render: (v: View) => Rendered;
}

const lbl = (v: View, field: keyof View['c']['labels']) => esc(v.c.labels[field]);

/** label → value rows every tabular family shares, in the order pages usually list them. */
export function pairs(v: View): [string, string][] {
  const rows: [string, string][] = [[lbl(v, 'name'), v.name()]];
  if (v.hasMrn) rows.push([lbl(v, 'mrn'), v.mrn()]);
  if (v.hasDob) rows.push([lbl(v, 'dob'), v.dob()]);
  if (v.hasSex) rows.push([lbl(v, 'sex'), v.sex('word')]);
  if (v.hasPhone) rows.push([lbl(v, 'phone'), v.phone()]);
  rows.push([esc(v.c.otherId.label), esc(v.c.otherId.value)]);
  if (v.c.ssn) rows.push(['SSN', v.c.ssn.masked ? `***-**-${v.c.ssn.value.slice(-4)}` : v.c.ssn.value]);
  if (v.stay) {
    rows.push([lbl(v, 'admit'), v.admit()]);
    if (v.hasDischarge) rows.push([lbl(v, 'discharge'), v.discharge()]);
    rows.push([lbl(v, 'location'), v.location()]);
  }
  return rows;
}

const labelTable: Family = {
  id: 'label-table',
  split: 'tuning',
  kinds: ['identifier-labels'],
  app: 'Chart',
  url: (v) => `https://ehr.gen-table.example/chart/${v.c.salt}/demographics`,
  render: (v) => {
    const colon = v.c.salt % 2 === 0 ? ':' : '';
    const rows = pairs(v).map(([k, val]) => (v.c.salt % 3 === 0 ? `<tr><th scope="row">${k}${colon}</th><td>${val}</td></tr>` : `<tr><td class="label">${k}${colon}</td><td class="data">${val}</td></tr>`));
    return { core: `<table class="demographics"><tbody>${rows.join('')}</tbody></table>` };
  },
};

const dlPairs: Family = {
  id: 'dl-pairs',
  split: 'held-out',
  kinds: ['identifier-labels'],
  app: 'Member 360',
  url: (v) => `https://care.gen-dl.example/members/${v.c.salt}`,
  render: (v) => {
    const [head, ...rest] = pairs(v);
    const items = rest.map(([k, val]) => `<div class="item"><dt>${k}</dt><dd>${val}</dd></div>`).join('');
    return { core: `<section class="member-header" aria-label="Member"><h1>${(head as [string, string])[1]}</h1><dl>${items}</dl></section>` };
  },
};

/** The name as a heading and a compound line of unlabelled facts: "F · 76 y · 01/05/1950 · MRN 123456". */
const compoundBanner: Family = {
  id: 'compound-banner',
  split: 'tuning',
  kinds: ['unlabelled-banner'],
  app: 'Hospital Chart',
  url: (v) => `https://chart.gen-banner.example/patient/${v.c.salt}/summary`,
  render: (v) => {
    const sep = v.c.separator;
    const facts: string[] = [];
    if (v.hasSex) facts.push(v.sex());
    if (v.hasDob) facts.push(`${v.age()} y`, v.dob());
    if (v.hasMrn) facts.push(v.c.salt % 4 === 0 ? `#${v.mrn(false)}` : `${lbl(v, 'mrn')} ${v.mrn()}`);
    const second: string[] = [`${esc(v.c.otherId.label)} ${esc(v.c.otherId.value)}`];
    if (v.stay) {
      second.push(`${lbl(v, 'admit')}: ${v.admit()}`);
      if (v.hasDischarge) second.push(`${lbl(v, 'discharge')}: ${v.discharge()}`);
      second.push(v.location());
    }
    if (v.hasPhone) second.push(v.phone());
    return {
      core: `<header class="pt-banner" role="banner"><h1 class="pt-name">${v.name()}</h1><div class="pt-line">${facts.join(sep)}</div><div class="pt-line">${second.join(sep)}</div></header>`,
    };
  },
};

/** PowerChart-like: capitals family-first, "DOB:05/14/1950" with no space, MRN and FIN side by side. */
const familyFirstHeader: Family = {
  id: 'family-first-header',
  split: 'tuning',
  kinds: ['document-names', 'identifier-labels', 'admission-discharge'],
  app: 'PowerChart',
  url: (v) => `https://cis.gen-dmg.example/powerchart/chart.html?ENCNTRID=${v.c.otherId.value}`,
  render: (v) => {
    const cells = [`<td class="nm">${v.name(v.c.salt % 2 ? 'family-comma-caps' : 'family-comma')}</td>`];
    if (v.hasDob) cells.push(`<td>DOB:${v.dob()}</td><td>Age:${v.age()} years</td>`);
    if (v.hasSex) cells.push(`<td>Sex:${v.sex('word')}</td>`);
    if (v.hasMrn) cells.push(`<td>MRN:${v.mrn(false)}</td>`);
    cells.push(`<td>FIN:${esc(v.c.otherId.value)}</td>`);
    const second: string[] = [];
    if (v.stay) {
      second.push(`<td>Loc:${v.location()}</td>`);
      const end = v.hasDischarge && !v.dischargeExpected ? v.discharge() : '&lt;No - Discharge date&gt;';
      second.push(`<td>Inpatient [${v.admit()} 10:15 - ${end}]</td>`);
      if (v.hasDischarge && v.dischargeExpected) second.push(`<td>Est D/C:${v.discharge()}</td>`);
    }
    if (v.hasPhone) second.push(`<td>Home:${v.phone()}</td>`);
    return { core: `<table class="dmg" role="banner"><tr>${cells.join('')}</tr><tr>${second.join('')}</tr></table>` };
  },
};

/** CRM record: entity type over the name, highlight fields, and a details form with input values. */
const crmCard: Family = {
  id: 'crm-card',
  split: 'tuning',
  kinds: ['crm', 'identifier-labels'],
  app: 'CRM',
  url: (v) => `https://crm.gen-crm.example/lightning/r/Contact/003${v.c.salt}/view`,
  render: (v) => {
    const hl: string[] = [];
    if (v.hasMrn) hl.push(`<li><p class="hl-label">${lbl(v, 'mrn')}</p><p class="hl-value">${v.mrn()}</p></li>`);
    if (v.hasPhone) hl.push(`<li><p class="hl-label">${lbl(v, 'phone')}</p><p class="hl-value">${v.phone()}</p></li>`);
    hl.push(`<li><p class="hl-label">Contact Owner</p><p class="hl-value">${esc(v.c.clutter.user)}</p></li>`);
    const fields: string[] = [];
    const input = (id: string, label: string, value: string) => `<div class="field"><label for="${id}-${v.c.salt}">${label}</label><input id="${id}-${v.c.salt}" value="${value}" readonly></div>`;
    if (v.hasDob) fields.push(input('dob', lbl(v, 'dob'), v.dob()));
    if (v.hasSex) fields.push(input('sex', lbl(v, 'sex'), v.sex('word')));
    if (v.stay) {
      fields.push(input('adm', lbl(v, 'admit'), v.admit()));
      if (v.hasDischarge) fields.push(input('dc', lbl(v, 'discharge'), v.discharge()));
      fields.push(input('loc', lbl(v, 'location'), v.location()));
    }
    return {
      core: `<div class="record-header"><div class="entity">Contact</div><h1>${v.name()}</h1><ul class="highlights">${hl.join('')}</ul></div><section class="details"><h2>Details</h2>${fields.join('')}</section>`,
    };
  },
};

/** CDA.xsl 4.x header table: "Legal: Jane DOE", span_label/span_value pairs, Patient-ID (authority). */
const cdaHeader: Family = {
  id: 'cda-header',
  split: 'tuning',
  kinds: ['cda', 'document-names', 'identifier-labels', 'admission-discharge'],
  app: 'Clinical Document',
  url: (v) => `https://hie.gen-cda.example/viewer/document?id=${v.c.salt}`,
  render: (v) => {
    const f = 'month-d-yyyy' as const;
    const right: string[] = [];
    if (v.hasDob) right.push(`<span class="span_label">Date of Birth: </span><span class="span_value">${v.dob(f)}</span>`);
    if (v.hasSex) right.push(`<span class="span_label">Gender: </span><span class="span_value">${v.sex('word')}</span>`);
    const id = v.hasMrn ? `<span style="float: right;"><span class="span_label">Patient-ID: </span><span class="span_value">${v.mrn(false)} (${v.c.authority.replace(/^ \(|\)$/g, '') || 'Acme Healthcare'})</span></span>` : '';
    const rows = [`<tr><td class="td_label">Patient</td><td><span class="span_value">Legal: ${v.name('family-caps-given')}</span><span style="float: right; margin-left: 1em;">${right.join(' ')}</span>${id}</td></tr>`];
    if (v.stay) {
      const range = v.hasDischarge && !v.dischargeExpected ? `from ${v.admit(f)} 9:14AM to ${v.discharge(f)} 2PM` : `from ${v.admit(f)} 9:14AM`;
      rows.push(`<tr><td class="td_label">Encounter</td><td><span class="span_label">ID: </span><span class="span_value">${esc(v.c.otherId.value)} (Acme Healthcare)</span>, <span class="span_label">Type: </span><span class="span_value">Inpatient</span>, <span class="span_label">Date/Time: </span><span class="span_value">${range}</span>, <span class="span_label">Location: </span><span class="span_value">${v.location()}</span></td></tr>`);
    }
    if (v.hasPhone) rows.push(`<tr><td class="td_label">Contact Details</td><td>Tel Home Primary: ${v.phone()}</td></tr>`);
    return { core: `<div id="documentheader"><h1 class="title">Continuity of Care Document</h1><table class="header_table"><tbody>${rows.join('')}</tbody></table></div>` };
  },
};

/** The older Lantana cda.xsl: blue label cells, "Patient IDs" as "extension root" lines. */
const lantanaCda: Family = {
  id: 'lantana-cda',
  split: 'held-out',
  kinds: ['cda', 'identifier-labels', 'admission-discharge'],
  app: 'CDA Viewer',
  url: (v) => `https://records.gen-lantana.example/ccd/${v.c.salt}.xml`,
  render: (v) => {
    const td = (t: string) => `<td width="20%" bgcolor="#3399ff"><span class="td_label">${t}</span></td>`;
    // The stylesheet prints names in document order (prefix, given, family), never family-first.
    const style = (['titled', 'natural', 'natural-initial', 'family-caps-given'] as const).find((s) => s === v.c.nameStyle) ?? 'natural';
    const rows = [`<tr>${td('Patient')}<td colspan="3">${v.name(style)}</td></tr>`];
    const birth: string[] = [];
    if (v.hasDob) birth.push(`${td('Date of birth')}<td width="30%">${v.dob('month-d-yyyy')}</td>`);
    if (v.hasSex) birth.push(`${td('Sex')}<td>${v.sex('word')}</td>`);
    if (birth.length) rows.push(`<tr>${birth.join('')}</tr>`);
    const ids = [v.hasMrn ? `${v.mrn(false)} 2.16.840.1.113883.19.5.99999.2<br>` : '', v.c.ssn && !v.c.ssn.masked ? `${v.c.ssn.value} 2.16.840.1.113883.4.1<br>` : ''].join('');
    rows.push(`<tr>${td('Contact info')}<td>${v.hasPhone ? `Tel: ${v.phone()}` : ''}</td>${td('Patient IDs')}<td>${ids}</td></tr>`);
    let encounter = '';
    if (v.stay) {
      const to = v.hasDischarge && !v.dischargeExpected ? ` to ${v.discharge('month-d-yyyy')}` : '';
      encounter = `<table class="header_table"><tbody><tr>${td('Encounter Id')}<td>${esc(v.c.otherId.value)} 2.16.840.1.113883.19</td></tr><tr>${td('Encounter Date')}<td>&nbsp;From&nbsp;${v.admit('month-d-yyyy')}${to}</td></tr><tr>${td('Encounter Location')}<td>${v.location()}</td></tr></tbody></table>`;
    }
    return { core: `<h1 class="h1center">Continuity of Care Document</h1><table class="header_table"><tbody>${rows.join('')}</tbody></table>${encounter}` };
  },
};

/** FHIR narratives: IG-publisher "name: value" paragraphs or HAPI's header and property table. */
const fhirNarrative: Family = {
  id: 'fhir-narrative',
  split: 'tuning',
  kinds: ['fhir-narrative', 'identifier-labels'],
  app: 'FHIR Viewer',
  url: (v) => `https://fhir.gen-fhir.example/r4/Patient/p${v.c.salt}?_format=html`,
  render: (v) => {
    let patient: string;
    if (v.c.salt % 2 === 0) {
      const ps = [`<p><b>Generated Narrative: Patient</b></p>`];
      if (v.hasMrn) ps.push(`<p><b>identifier</b>: Medical record number/${v.mrn(false)} (use: usual)</p>`);
      ps.push(`<p><b>name</b>: ${v.name('natural')} (OFFICIAL)</p>`);
      if (v.hasPhone) ps.push(`<p><b>telecom</b>: ph: ${v.phone()}(HOME)</p>`);
      if (v.hasSex) ps.push(`<p><b>gender</b>: ${v.sex('lower')}</p>`);
      if (v.hasDob) ps.push(`<p><b>birthDate</b>: ${v.dob('iso')}</p>`);
      patient = `<div class="narrative">${ps.join('')}</div>`;
    } else {
      const rows: string[] = [];
      if (v.hasMrn) rows.push(`<tr><td>Identifier</td><td>${v.mrn()}</td></tr>`);
      if (v.hasDob) rows.push(`<tr><td>Date of birth</td><td><span>${v.dob('d-mon-yyyy')}</span></td></tr>`);
      patient = `<div class="narrative"><div class="hapiHeaderText">${v.name('family-caps-given')}</div><table class="hapiPropertyTable"><tbody>${rows.join('')}</tbody></table></div>`;
    }
    let encounter = '';
    if (v.stay) {
      const end = v.hasDischarge && !v.dischargeExpected ? v.discharge('iso') : '(ongoing)';
      encounter = `<div class="narrative"><p><b>Generated Narrative: Encounter</b></p><p><b>identifier</b>: Visit number/${esc(v.c.otherId.value)}</p><p><b>class</b>: inpatient encounter</p><p><b>period</b>: ${v.admit('iso')} 10:15:00 --&gt; ${end}</p><p><b>location</b>: ${v.location()}</p></div>`;
    }
    return { core: patient + encounter };
  },
};

/** SPA: the banner masks the record number; the record sits in app state as FHIR resources. */
const jsonState: Family = {
  id: 'json-state',
  split: 'tuning',
  kinds: ['app-state', 'hashed-classes'],
  app: 'CareApp',
  url: (v) => `https://app.gen-spa.example/patients/pt-${v.c.salt}`,
  render: (v) => {
    const masked = v.hasMrn ? `<span class="Banner_muted__${v.hash('m')}">MRN ••••${esc(v.person.mrn.slice(-4))}</span>` : '';
    const core = `<section class="Banner_root__${v.hash('r')}" aria-label="Patient"><h1 class="Banner_name__${v.hash('n')}">${v.name('natural')}</h1><span class="Banner_muted__${v.hash('m')}">${v.age()} y</span>${masked}</section>`;
    const patient: Record<string, unknown> = { resourceType: 'Patient', id: `pt-${v.c.salt}`, name: [{ use: 'official', family: v.person.family, given: [v.person.given, ...(v.person.middle ? [v.person.middle] : [])] }] };
    if (v.hasMrn) patient.identifier = [{ type: { coding: [{ code: 'MR' }] }, value: v.mrn(false) }];
    if (v.hasDob) patient.birthDate = v.dobIso();
    if (v.hasSex) patient.gender = v.sex('lower');
    if (v.hasPhone) {
      v.holds('phone');
      patient.telecom = [{ system: 'phone', value: v.person.phone }];
    }
    const props: Record<string, unknown> = { session: { user: { name: v.c.clutter.user } }, patient };
    // Half the apps keep a GraphQL/Apollo store's camelCase shapes instead, the signed-in user in the same shape.
    const camel = Math.floor(v.c.salt / 2) % 2 === 1;
    if (camel) {
      const [userFirst, ...userLast] = v.c.clutter.user.split(' ');
      props.session = { user: { __typename: 'User', firstName: userFirst, lastName: userLast.join(' ') } };
      props.patient = {
        __typename: 'Patient',
        id: `pt-${v.c.salt}`,
        firstName: v.person.given,
        ...(v.person.middle ? { middleName: v.person.middle } : {}),
        lastName: v.person.family,
        ...(v.hasMrn ? { mrn: v.mrn(false) } : {}),
        ...(v.hasDob ? { dateOfBirth: v.dobIso() } : {}),
        ...(v.hasSex ? { gender: v.sex('lower') } : {}),
        ...(v.hasPhone ? { phone: v.person.phone } : {}),
      };
    }
    if (v.stay && camel) {
      v.holds('admitDate');
      if (v.hasDischarge) v.holds('dischargeDate');
      const discharge = v.hasDischarge ? { [v.dischargeExpected ? 'expectedDischargeDate' : 'dischargeDate']: iso(v.stay.discharge!) } : {};
      props.admission = { __typename: 'Admission', patientId: `pt-${v.c.salt}`, admitDate: iso(v.stay.admit), ...discharge, unit: `${v.stay.unit}, Room ${v.stay.room}` };
    } else if (v.stay) {
      v.holds('admitDate');
      v.holds('location');
      if (v.hasDischarge) v.holds('dischargeDate');
      props.encounter = {
        resourceType: 'Encounter',
        class: { code: 'IMP' },
        period: { start: `${iso(v.stay.admit)}T10:15:00Z`, ...(v.hasDischarge && !v.dischargeExpected ? { end: `${iso(v.stay.discharge!)}T14:00:00Z` } : {}) },
        ...(v.hasDischarge && v.dischargeExpected ? { extension: [{ url: 'http://example.org/fhir/expected-discharge', valueDate: iso(v.stay.discharge!) }] } : {}),
        location: [{ location: { display: `${v.stay.unit}, Room ${v.stay.room}` } }],
      };
    }
    const recent = v.c.clutter.recent;
    if (recent) props.recentPatients = [{ id: 'pt-r', name: `${recent.given} ${recent.family}`, birthDate: iso(recent.dob), mrn: recent.mrn }];
    const json = JSON.stringify({ props: { pageProps: props }, page: '/patients/[id]', query: { id: `pt-${v.c.salt}` } }).replace(/</g, '\\u003c');
    const tail = v.c.salt % 2 === 0 ? `<script id="__NEXT_DATA__" type="application/json">${json}</script>` : `<script>window.__INITIAL_STATE__ = ${json};</script>`;
    return { core, tail };
  },
};

/** CSS-module hashed classes, values marked only by data-testid / aria-label or small captions. */
const hashedClass: Family = {
  id: 'hashed-class',
  split: 'held-out',
  kinds: ['hashed-classes'],
  app: 'Clinic',
  url: (v) => `https://ehr.gen-hashed.example/chart/${v.c.salt}`,
  render: (v) => {
    const k = (t: string) => `<span class="Banner-module__k___${v.hash('k')}">${t}</span>`;
    const cell = (testid: string, caption: string, value: string) =>
      v.c.salt % 2 === 0 ? `<div>${k(caption)} <span data-testid="${testid}">${value}</span></div>` : `<div><span aria-label="${caption}" data-testid="${testid}">${value}</span></div>`;
    const cells = [`<div class="Banner-module__name___${v.hash('n')}" data-testid="patient-name">${v.name()}</div>`];
    if (v.hasMrn) cells.push(cell('patient-mrn', lbl(v, 'mrn'), v.mrn()));
    if (v.hasDob) cells.push(cell('patient-dob', lbl(v, 'dob'), v.dob()));
    if (v.hasSex) cells.push(cell('patient-sex', lbl(v, 'sex'), v.sex()));
    if (v.hasPhone) cells.push(cell('patient-phone', lbl(v, 'phone'), v.phone()));
    if (v.stay) {
      cells.push(cell('admit-date', lbl(v, 'admit'), v.admit()));
      if (v.hasDischarge) cells.push(cell('discharge-date', lbl(v, 'discharge'), v.discharge()));
      cells.push(cell('location', lbl(v, 'location'), v.location()));
    }
    return { core: `<div class="Banner-module__wrap___${v.hash('w')}" role="region" aria-label="Patient banner">${cells.join('')}</div>` };
  },
};

/** One line of prose a person reads without labels. */
const inlineProse: Family = {
  id: 'inline-prose',
  split: 'held-out',
  kinds: ['fhir-narrative', 'unlabelled-banner'],
  app: 'Record',
  url: (v) => `https://records.gen-prose.example/r/${v.c.salt}`,
  render: (v) => {
    const parts: string[] = [];
    if (v.c.salt % 3 === 0) {
      parts.push(`Patient ${v.name('family-caps-given')} @ Acme Healthcare`);
      if (v.hasMrn) parts.push(`MR = ${v.mrn(false)}`);
      if (v.hasDob) parts.push(`born ${v.dob()}`);
      return { core: `<div class="narrative"><div>${parts.join(', ')}</div></div>` };
    }
    parts.push(v.name());
    const paren = [v.hasSex ? v.sex('letter') : '', v.hasDob ? `${v.age()}` : ''].filter(Boolean).join(', ');
    const first = paren ? `${parts[0]} (${paren})` : (parts[0] as string);
    const rest: string[] = [];
    if (v.hasMrn) rest.push(`MRN ${v.mrn()}`);
    if (v.hasDob) rest.push(`DOB ${v.dob()}`);
    if (v.stay) rest.push(`admitted ${v.admit()} to ${v.location()}`);
    return { core: `<p class="summary">${[first, ...rest].join(' — ')}</p>` };
  },
};

/** An edit form: the facts are input values under labels; the heading names the person. */
const formInputs: Family = {
  id: 'form-inputs',
  split: 'tuning',
  kinds: ['identifier-labels'],
  app: 'Registration',
  url: (v) => `https://reg.gen-form.example/patients/${v.c.salt}/edit`,
  render: (v) => {
    const id = (s: string) => `${s}-${v.hash(s)}`;
    const input = (key: string, label: string, value: string, type = 'text') => `<div class="form-group"><label for="${id(key)}">${label}</label><input id="${id(key)}" type="${type}" value="${value}"></div>`;
    const title = v.name();
    const person = v.nameFields();
    const fields = [
      input('given', 'First Name', esc(person.given)),
      ...(person.middle ? [input('middle', 'Middle Name', esc(person.middle))] : []),
      input('family', 'Last Name', esc(person.family)),
    ];
    if (v.hasMrn) fields.push(input('mrn', lbl(v, 'mrn'), v.mrn(false)));
    if (v.hasDob) fields.push(v.c.salt % 2 === 0 ? input('dob', lbl(v, 'dob'), v.dobIso(), 'date') : input('dob', lbl(v, 'dob'), v.dob()));
    if (v.hasSex) {
      const chosen = v.sex('word');
      const options = ['Female', 'Male', 'Other'].map((o) => `<option${o === chosen ? ' selected' : ''}>${o}</option>`).join('');
      fields.push(`<div class="form-group"><label for="${id('sex')}">${lbl(v, 'sex')}</label><select id="${id('sex')}">${options}</select></div>`);
    }
    if (v.hasPhone) fields.push(input('phone', lbl(v, 'phone'), v.phone()));
    return { core: `<h2 class="form-title">Edit patient: ${title}</h2><form class="patient-form">${fields.join('')}<button type="submit">Save</button></form>` };
  },
};

export const FAMILIES: readonly Family[] = [
  labelTable, dlPairs, compoundBanner, familyFirstHeader, crmCard, cdaHeader, lantanaCda, fhirNarrative, jsonState, hashedClass, inlineProse, formInputs, proseLines, noteLines, faceSheet, residentHeader, normalisedState, modelForm, assessmentForm, chartColumn, callerFirst, plainCard, boldCaption,
];
