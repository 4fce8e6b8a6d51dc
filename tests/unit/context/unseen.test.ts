import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { identifierSystemLabel, matchLabel } from '../../../src/context/generic/labels';
import type { SiteAdapter } from '../../../src/context/adapters/types';
import { hapiFhir } from '../../../src/context/adapters/hapi-fhir';

/**
 * General rules the reader lacked on pages nobody on the project wrote (issue 9), each shown on
 * markup of our own: the corpus pages that revealed them stay unseen by these tests.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const read = (html: string, url = 'https://chart.example.net/patient/view') => extractClientContext(parse(html), url);

describe('identifier labels beyond "MRN"', () => {
  it('reads external, public, community and account-number spellings as the record number', () => {
    for (const label of ['External ID', 'Public ID:', 'CMRN', 'EMRN', 'Acc No', 'Acc. #', 'Chart #', 'Person ID', 'Patient-ID']) expect(matchLabel(label)?.field, label).toBe('mrn');
    for (const label of ['Encounter #', 'FIN NBR', 'SSN', 'Visit No.']) expect(matchLabel(label)?.field ?? null, label).toBeNull();
  });

  it("takes an identifier system's last segment as its type", () => {
    expect(identifierSystemLabel('https://records.example.org/ids/mrn')?.field).toBe('mrn');
    expect(identifierSystemLabel('urn:example:identifier:medical-record-number')?.field).toBe('mrn');
    expect(identifierSystemLabel('http://hl7.org/fhir/sid/us-ssn')).toBeNull();
    expect(identifierSystemLabel('https://records.example.org/ids/visit-number')?.field).toBeNull();
    expect(identifierSystemLabel('Medical record number')).toBeNull();
  });

  it('reads an identifier keyed by its system URL in a key/value banner', async () => {
    const r = await read(`
      <section class="patient-header">
        <p><span class="k">Name</span> <span>Ottilie Brandvold</span></p>
        <p><span class="k">Birth date</span> <span>1949-06-30</span></p>
        <div><div class="k">http://fhir.lakeview-clinic.example/identifiers/mrn</div><div>LV-550193</div></div>
        <div><div class="k">http://fhir.lakeview-clinic.example/identifiers/visit-number</div><div>V-88120</div></div>
      </section>`);
    expect(r).toMatchObject({ name: 'Ottilie Brandvold', mrn: 'LV-550193', dob: '1949-06-30' });
  });
});

describe('banner lines', () => {
  it('reads a line whose first value has a label and the rest are set apart by pipes', async () => {
    const r = await read(`
      <div class="visit-title">
        <h3>Office visit for Brandvold, Ottilie</h3>
        <p>Chart No: C-40021 | DOB 06/30/1949 | Female</p>
      </div>
      <p>Visit No: V-88120</p>`);
    expect(r).toMatchObject({ name: 'Ottilie Brandvold', mrn: 'C-40021', dob: '1949-06-30', sex: 'F' });
  });

  it('reads the identifier printed in brackets after the name on the banner line', async () => {
    const page = (name: string) => `
      <div class="patient-header">
        <div class="who">${name}</div>
        <div class="meta"><span>DOB: 06/30/1949</span> <span>Age: 77</span></div>
      </div>`;
    const split = await read(page('<a href="#"><span>Ottilie Brandvold</span> <span>(LV-550193)</span></a>'));
    expect(split).toMatchObject({ name: 'Ottilie Brandvold', mrn: 'LV-550193', dob: '1949-06-30' });
    const joined = await read(page('<span>Ottilie Brandvold (LV-550193)</span>'));
    expect(joined).toMatchObject({ name: 'Ottilie Brandvold', mrn: 'LV-550193', dob: '1949-06-30' });
    // An age in brackets is not an identifier, nor a date.
    const aged = await read(page('<span>Ottilie Brandvold (77)</span>'));
    expect(aged?.mrn).toBeUndefined();
    // A date in brackets is not an identifier.
    const dated = await read(page('<span>Ottilie Brandvold</span> <span>(2026-11-02)</span>'));
    expect(dated?.mrn).toBeUndefined();
  });

  it("reads an identifier followed by its assigning authority's long OID as a banner value, not prose", async () => {
    const r = await read(`
      <header role="banner"><h1>Ottilie BRANDVOLD</h1>
        <div>F · 30.Jun.1949 · Patient-ID 55-01937 (2.16.840.1.113883.19.5.99999.2)</div></header>`);
    expect(r).toMatchObject({ name: 'Ottilie Brandvold', mrn: '55-01937', dob: '1949-06-30', sex: 'F' });
  });
});

describe('banner values set apart by spaces, "#" and account numbers', () => {
  const banner = (lines: string) => `
    <div class="chart">
      <header class="pt-head" role="banner"><h1 class="who">Ottilie BRANDVOLD</h1>${lines}</header>
      <section><h3>Notes</h3><p>Son Walter Brandvold (DOB 02/03/1975) visits on weekends and helps with meals.</p></section>
    </div>`;

  it('splits a line at runs of non-breaking spaces, never at the ordinary spaces of indentation', async () => {
    const r = await read(banner('<div>F\u00a0\u00a0\u00a077 y\u00a0\u00a0\u00a006/30/1949\u00a0\u00a0\u00a0Chart # C-40021</div>'));
    // Indentation inside one value is not a separator.
    const indented = await read(banner('<div>F\u00a0\u00a077 y\u00a0\u00a006/30/1949\u00a0\u00a0MRN\n        C-40021</div>'));
    expect(indented?.mrn).toBe('C-40021');
    expect(r).toMatchObject({ name: 'Ottilie Brandvold', mrn: 'C-40021', dob: '1949-06-30', sex: 'F' });
  });

  it('reads "#" and an identifier alone in the banner as the chart number, and nowhere else', async () => {
    const r = await read(banner('<div>77 y · 06/30/1949</div><div>#C40021</div><div>Visit # 550019</div>'));
    expect(r).toMatchObject({ name: 'Ottilie Brandvold', mrn: 'C40021', dob: '1949-06-30' });
    const outside = await read(`${banner('<div>77 y · 06/30/1949</div>')}<aside><p>#55102</p></aside>`);
    expect(outside?.mrn).toBeUndefined();
  });

  it('takes an account number for the record number only when no record-number label is shown', async () => {
    const both = await read(banner('<div>77 y | 06/30/1949 | MRN C-40021</div><div>Account # 88001234 | Admitted: 11/02/2026</div>'));
    expect(both).toMatchObject({ mrn: 'C-40021', dob: '1949-06-30', admitDate: '2026-11-02' });
    const alone = await read(banner('<div>77 y | 06/30/1949 | Acct # 88001234</div>'));
    expect(alone).toMatchObject({ mrn: '88001234', dob: '1949-06-30' });
  });
});

describe('the name beside the identity', () => {
  it('is looked for beside the record number and birth date, not beside a stay printed in another header', async () => {
    const r = await read(`
      <main>
        <header role="banner" class="chart-top">
          <div><span class="pt-name">Ottilie Brandvold</span> <span>Female</span></div>
          <div><span>77 yrs</span> · <span>30-Jun-1949</span> · <span>Chart ID: LV-550193</span></div>
        </header>
        <div class="stay-header" aria-label="Current stay"><strong>Inpatient</strong> <span>Admitted 02-Nov-2026</span></div>
        <section><h3>Notes</h3><p>Stable overnight, eating well and walking the corridor with a frame.</p></section>
      </main>`);
    expect(r).toMatchObject({ name: 'Ottilie Brandvold', mrn: 'LV-550193', dob: '1949-06-30', admitDate: '2026-11-02' });
  });
});

describe('values in a cell whose markup has no space between tags', () => {
  it("reads the whole name from its own element when the cell's text runs it into the next label", async () => {
    const r = await read(
      '<table class="header_table"><tr><td class="td_label">Patient</td><td><span class="span_value">Legal: Ottilie Sigrun BRANDVOLD</span><span style="float: right"><span class="span_label">Patient-ID: </span><span class="span_value">LV-550193 (Lakeview Clinic)</span></span></td></tr></table>',
    );
    expect(r).toMatchObject({ name: 'Ottilie Sigrun Brandvold', mrn: 'LV-550193' });
  });
});

describe('a name printed in form fields', () => {
  const row = (id: string, label: string, value: string) => `<div><label for="f-${id}">${label}</label><input id="f-${id}" value="${value}"></div>`;

  it('joins a filled middle-name field between the first and last names', async () => {
    const r = await read(`<form>${row('g', 'First Name', 'Ottilie')}${row('m', 'Middle Name', 'Sigrun')}${row('f', 'Last Name', 'Brandvold')}${row('id', 'Patient ID', 'LV-550193')}</form>`);
    expect(r).toMatchObject({ name: 'Ottilie Sigrun Brandvold', mrn: 'LV-550193' });
  });

  it('leaves an empty middle-name field out', async () => {
    const r = await read(`<form>${row('g', 'First Name', 'Ottilie')}${row('m', 'Middle Name', '')}${row('f', 'Last Name', 'Brandvold')}${row('id', 'Patient ID', 'LV-550193')}</form>`);
    expect(r).toMatchObject({ name: 'Ottilie Brandvold', mrn: 'LV-550193' });
  });
});

describe('a name printed bare in the banner', () => {
  it('is the banner\'s first text when it comes before the identifiers', async () => {
    const r = await read('<main><table role="banner"><tr><td class="c1">BRANDVOLD, OTTILIE</td><td>MRN:LV-550193</td><td>FIN:8810000010</td></tr></table></main>');
    expect(r).toMatchObject({ name: 'Ottilie Brandvold', mrn: 'LV-550193' });
  });

  it('is not whatever text the banner starts with: a place, or a name after the identifiers', async () => {
    const banner = (cells: string) => read(`<main><table role="banner"><tr>${cells}</tr></table></main>`);
    for (const place of ['General Medicine', 'North Wing', 'SPRINGFIELD, IL']) expect(await banner(`<td>${place}</td><td>MRN:LV-550193</td>`), place).toBeNull();
    expect(await banner('<td>MRN:LV-550193</td><td class="c1">BRANDVOLD, OTTILIE</td>')).toBeNull();
  });
});

describe("an adapter's reading completed by the generic reader", () => {
  // A product whose header the adapter knows; the organisation's own fields are labelled in the form below.
  const adapter: SiteAdapter = {
    id: 'test-crm',
    label: 'Test CRM',
    hosts: /^crm\.example\.net$/,
    paths: [/^\/record\//],
    marker: '.rec-title',
    sampleUrls: ['https://crm.example.net/record/1'],
    fields: { name: { selector: '.rec-title' } },
  };
  const url = 'https://crm.example.net/record/77';
  const form = (name: string, mrn: string) => `
    <div class="rec-head"><h1 class="rec-title">Ottilie Brandvold</h1><span>Owner: Priya Raman</span></div>
    <div class="rec-body">
      <div class="row"><span class="lbl">Full Name</span><span class="val">${name}</span></div>
      <div class="row"><span class="lbl">Medical Record Number</span><span class="val">${mrn}</span></div>
      <div class="row"><span class="lbl">Date of Birth</span><span class="val">06/30/1949</span></div>
      <div class="row"><span class="lbl">Mobile Phone</span><span class="val">(612) 555-0143</span></div>
    </div>`;

  it('takes the fields the adapter lacks from a generic reading of the same person', async () => {
    const r = await extractClientContext(parse(form('Ottilie Brandvold', 'LV-550193')), url, { adapters: [adapter] });
    expect(r).toMatchObject({ source: 'test-crm', name: 'Ottilie Brandvold', mrn: 'LV-550193', dob: '1949-06-30', phone: '(612) 555-0143' });
    expect(r?.provenance?.mrn).toMatch(/^generic: /);
  });

  it('takes nothing from a generic reading of someone else, nor from a page of several people', async () => {
    const other = await extractClientContext(parse(form('Walter Brandvold', 'LV-550100')), url, { adapters: [adapter] });
    expect(other).toMatchObject({ source: 'test-crm', name: 'Ottilie Brandvold' });
    expect(other?.mrn).toBeUndefined();
    expect(other?.dob).toBeUndefined();
    const list = `${form('Ottilie Brandvold', 'LV-550193')}${form('Walter Brandvold', 'LV-550100')}`;
    const several = await extractClientContext(parse(list), url, { adapters: [adapter] });
    expect(several?.mrn).toBeUndefined();
  });
});

describe("fields completed from the patient's own block", () => {
  // A document viewer whose adapter knows the patient's rows only; the author's rows look the same.
  const adapter: SiteAdapter = {
    id: 'test-docs',
    label: 'Test documents',
    paths: [/^\/doc\//],
    marker: '.doc-head',
    sampleUrls: ['https://docs.example.net/doc/1'],
    fields: { name: { label: /^recipient$/i }, mrn: { label: /^chart$/i }, dob: { label: /^born$/i } },
  };
  const url = 'https://docs.example.net/doc/5';
  const page = (patientRows: string) => `
    <div class="doc-head">
      <table class="who"><tr><td>Recipient</td><td>Ottilie Brandvold</td></tr><tr><td>Chart</td><td>LV-550193</td></tr>
        <tr><td>Born</td><td>06/30/1949</td></tr>${patientRows}</table>
      <table class="by"><tr><td>Written by</td><td>Priya Raman</td></tr><tr><td>Telephone</td><td>(612) 555-0100</td></tr>
        <tr><td>Unit</td><td>Records Office</td></tr></table>
    </div>`;

  it('takes the phone, sex and stay labelled beside the values the adapter read', async () => {
    const rows = '<tr><td>Telephone</td><td>(612) 555-0143</td></tr><tr><td>Gender</td><td>Female</td></tr><tr><td>Admitted</td><td>11/20/2026</td></tr>';
    const r = await extractClientContext(parse(page(rows)), url, { adapters: [adapter], today: '2026-11-28' });
    expect(r).toMatchObject({ source: 'test-docs', name: 'Ottilie Brandvold', phone: '(612) 555-0143', sex: 'F', admitDate: '2026-11-20' });
    expect(r?.provenance?.phone).toMatch(/^block: /);
  });

  it("never takes them from another block of the page (the author's phone, the records office)", async () => {
    const r = await extractClientContext(parse(page('')), url, { adapters: [adapter] });
    expect(r).toMatchObject({ source: 'test-docs', name: 'Ottilie Brandvold', mrn: 'LV-550193', dob: '1949-06-30' });
    expect(r?.phone).toBeUndefined();
    expect(r?.location).toBeUndefined();
  });
});

describe("a FHIR server's $everything page", () => {
  const entry = (title: string, narrative: string) => `<section><h4>${title}</h4><div xmlns="http://www.w3.org/1999/xhtml">${narrative}</div></section>`;
  const person = (given: string, family: string, id: string, born: string) =>
    `<div class="hapiHeaderText">${given} <b>${family.toUpperCase()}</b></div><table class="hapiPropertyTable"><tr><td>Identifier</td><td>${id}</td></tr><tr><td>Date of birth</td><td>${born}</td></tr></table>`;
  const url = 'https://fhir.example.org/baseR4/Patient/310/$everything';

  it('reads the narrative titled as the Patient, not the practitioner laid out like it', async () => {
    const html = entry('Practitioner/12', person('Anselm', 'Voigt', '1982736450', '04 May 1970')) + entry('Patient/310', person('Ottilie', 'Brandvold', 'OB-3310', '30 June 1949'));
    const r = await extractClientContext(parse(html), url, { adapters: [hapiFhir] });
    expect(r).toMatchObject({ source: 'hapi-fhir', name: 'Ottilie Brandvold', mrn: 'OB-3310', dob: '1949-06-30' });
  });

  it('reads a server mounted at the root, and a one-word name its narrative header prints', async () => {
    const r = await extractClientContext(parse(entry('Patient/77', person('Anouk', '', 'QX-7781', '04 March 1990'))), 'https://fhir.example.org/Patient/77');
    expect(r).toMatchObject({ source: 'hapi-fhir', name: 'Anouk', mrn: 'QX-7781', dob: '1990-03-04' });
  });

  it('takes the stay from the one Encounter entry that names the patient, outside her block', async () => {
    const stay = (who: string, period: string) => `<section><h4>Encounter/9${period.length}</h4><div xmlns="http://www.w3.org/1999/xhtml"><table class="hapiPropertyTable"><tr><td>Subject</td><td>${who}</td></tr><tr><td>Period</td><td>${period}</td></tr></table></div></section>`;
    const patient = entry('Patient/310', person('Ottilie', 'Brandvold', 'OB-3310', '30 June 1949'));
    const practitioner = entry('Practitioner/12', person('Anselm', 'Voigt', '1982736450', '04 May 1970'));
    const read = (html: string) => extractClientContext(parse(html), url, { adapters: [hapiFhir], today: '2026-11-28' });
    expect(await read(practitioner + patient + stay('Ottilie BRANDVOLD', '20 November 2026 - 25 November 2026'))).toMatchObject({ name: 'Ottilie Brandvold', admitDate: '2026-11-20', dischargeDate: '2026-11-25' });
    // Two stays naming her, or one naming nobody: which stay is the page's is not known.
    const two = await read(patient + stay('Ottilie BRANDVOLD', '20 November 2026 - 25 November 2026') + stay('Ottilie BRANDVOLD', '2 March 2026 - 9 March 2026'));
    expect(two?.admitDate).toBeUndefined();
    const nobody = await read(patient + stay('Patient/311', '20 November 2026 - 25 November 2026'));
    expect(nobody).toMatchObject({ name: 'Ottilie Brandvold', mrn: 'OB-3310' });
    expect(nobody?.admitDate).toBeUndefined();
  });

  it('reads nothing when two narratives are titled as patients', async () => {
    const html = entry('Patient/310', person('Ottilie', 'Brandvold', 'OB-3310', '30 June 1949')) + entry('Patient/311', person('Walter', 'Brandvold', 'OB-3311', '03 February 1975'));
    expect(await extractClientContext(parse(html), url, { adapters: [hapiFhir] })).toBeNull();
  });
});

describe('a stay as charts print it', () => {
  const banner = (stay: string) => `<div class="pt-banner"><div><b>OYELARAN, REGINALD</b> <span>DOB: 02/09/1948</span> <span>MRN: 7710442</span></div><div><span>Loc: 5W; 510; 01</span> <span>${stay}</span></div></div>`;

  it('reads an encounter class followed by its period in brackets, with or without a discharge', async () => {
    expect(await read(banner('Observation [11/02/2026 21:10 - 11/04/2026 09:00]'))).toMatchObject({ admitDate: '2026-11-02', dischargeDate: '2026-11-04' });
    const open = await read(banner('Inpatient [11/02/2026 21:10 - &lt;No discharge&gt;]'));
    expect(open).toMatchObject({ name: 'Reginald Oyelaran', admitDate: '2026-11-02' });
    expect(open?.dischargeDate).toBeUndefined();
  });

  it("reads the expected discharge and the unit labelled in the encounter's details below the banner", async () => {
    const details = `<h3>Encounter</h3><dl class="enc"><dt>Status</dt><dd>in progress</dd><dt>Stay</dt><dd>Source: transfer. Anticipated discharge: 12/09/2026. Disposition: rehab</dd><dt>Admission date</dt><dd>12/01/2026</dd><dt>Unit</dt><dd>Cardiac Step-Down, Bed 4</dd></dl>`;
    const r = await read(`<div class="pt-banner"><b>OYELARAN, REGINALD</b> <span>DOB: 02/09/1948</span> <span>MRN: 7710442</span></div>${details}`);
    expect(r).toMatchObject({ admitDate: '2026-12-01', dischargeDate: '2026-12-09', dischargeActual: false, location: 'Cardiac Step-Down, Bed 4' });
  });

  it('takes no unit below the banner that is not beside the stay (the user\'s facility)', async () => {
    const r = await read(`<div class="pt-banner"><b>OYELARAN, REGINALD</b> <span>DOB: 02/09/1948</span> <span>MRN: 7710442</span></div><dl><dt>Unit</dt><dd>Records Office</dd></dl><dl><dt>Admission date</dt><dd>12/01/2026</dd></dl>`);
    expect(r).toMatchObject({ admitDate: '2026-12-01' });
    expect(r?.location).toBeUndefined();
  });
});

describe('a relative labelled like a client', () => {
  it('reads the patient beside a participant row that names a relative in brackets, and nothing of the relative', async () => {
    const header = (relative: string) => `<table class="doc-header"><tr><td>Patient</td><td><span>Ms. Ottilie BRANDVOLD</span> <span>Birth date: </span><span>June 30, 1949</span> <span>MRN: </span><span>LV-550193</span></td></tr>
      <tr><td>Participant</td><td><span>${relative} Phone: (612) 555-0111</span></td></tr></table>`;
    const r = await read(header('Walter BRANDVOLD (next of kin, son)'));
    expect(r).toMatchObject({ name: 'Ottilie Brandvold', mrn: 'LV-550193', dob: '1949-06-30' });
    expect(r?.phone).toBeUndefined();
    // Without the bracket, a second person labelled as the client makes the page unreadable.
    expect(await read(header('Walter BRANDVOLD'))).toBeNull();
  });
});

describe('one-line prose in a narrative', () => {
  const narrative = (line: string) => `<div class="narrative"><p>${line}</p></div><p>Signed in: Priya Raman</p>`;

  it('reads a family-first name before where the client is seen, and a labelled name before it', async () => {
    expect(await read(narrative('BRANDVOLD, Ottilie @ Northside Clinic, MR = 550193, DOB = 06/30/1949'))).toMatchObject({ name: 'Ottilie Brandvold', mrn: '550193', dob: '1949-06-30' });
    expect(await read(`<section><p>Client: Ottilie BRANDVOLD @ Northside Clinic, MR = 550193</p></section>`)).toMatchObject({ name: 'Ottilie Brandvold', mrn: '550193' });
  });

  it('ends the identifier at a separator and takes a middle initial for no sex', async () => {
    expect(await read(narrative('Patient Ottilie BRANDVOLD @ Northside Clinic, MR = 550193 | Phone (612) 555-0143'))).toMatchObject({ mrn: '550193' });
    const r = await read(narrative('Patient BRANDVOLD, OTTILIE M @ Northside Clinic, MR = 550193'));
    expect(r).toMatchObject({ name: 'Ottilie M. Brandvold', mrn: '550193' });
    expect(r?.sex).toBeUndefined();
  });
});

describe('one-line records in a message', () => {
  const message = (line: string, aside = '') => `<article class="thread"><h2>Re: lab results</h2><p class="from">${line}</p><p>Written by Dr. Farid Osei · Lakeshore Clinic</p></article>${aside}`;

  it('reads a birth date prose gives without a colon, up to its bracket or a comma before words', async () => {
    expect(await read(message('Patient Tove Lindgren @ Lakeshore Clinic, MR = L-22871 (born March 3, 1944)'))).toMatchObject({ name: 'Tove Lindgren', mrn: 'L-22871', dob: '1944-03-03' });
    expect(await read(message('Patient Tove Lindgren @ Lakeshore Clinic, MR = L-22871, DOB 03/03/1944, seen today'))).toMatchObject({ dob: '1944-03-03' });
  });

  it('counts a "#" identifier as evidence on a line a name leads, with a birth date on it', async () => {
    expect(await read(message('LINDGREN, Tove · 1944-03-03 · #L22871'))).toMatchObject({ name: 'Tove Lindgren', mrn: 'L22871', dob: '1944-03-03' });
  });

  it('keeps a relative\'s birth date and a line with a name and nothing else to nobody', async () => {
    expect(await read(message('Daughter Ingrid Lindgren (born May 9, 1970) asked for a call, MR = L-22871'))).toBeNull();
    expect(await read(message('LINDGREN, Tove · #L22871'))).toBeNull();
  });
});

describe('fields labelled below the banner', () => {
  const page = (details: string) => `
    <div class="toolbar"><span>Facility: Northside Clinic</span></div>
    <div class="app">
      <div class="record-header"><div class="kind">Contact</div><h1>BRANDVOLD, OTTILIE</h1>
        <ul class="highlights"><li><p class="k">Chart No.</p><p class="v">C-40021</p></li><li><p class="k">Owner</p><p class="v">Priya Raman</p></li></ul>
      </div>
      <section class="details"><h2>Details</h2>${details}</section>
      <section class="notes"><h3>Notes</h3><p>Son Walter Brandvold (DOB 02/03/1975) visits on weekends and helps with meals.</p></section>
    </div>`;
  const field = (id: string, label: string, value: string) => `<div class="f"><label for="${id}">${label}</label><input id="${id}" value="${value}" readonly></div>`;

  it('takes a field the banner lacks from the one labelled value below it, never a location', async () => {
    const r = await read(page(field('d', 'Date of Birth', '06/30/1949') + field('s', 'Sex', 'Female') + field('u', 'Unit/Room', '4 East, 12')));
    expect(r).toMatchObject({ name: 'Ottilie Brandvold', mrn: 'C-40021', dob: '1949-06-30', sex: 'F' });
    expect(r?.location).toBeUndefined();
  });

  it('takes nothing below the banner that the page labels twice with different values', async () => {
    const r = await read(page(field('d', 'Date of Birth', '06/30/1949') + field('d2', 'Date of Birth', '02/03/1975')));
    expect(r).toMatchObject({ name: 'Ottilie Brandvold', mrn: 'C-40021' });
    expect(r?.dob).toBeUndefined();
  });
});

describe('a combined location label', () => {
  it('reads the slash-separated values whole, as the page writes them ("ICU / 6"), never a bare separator', async () => {
    const header = '<h2>Ottilie Brandvold</h2><p>MRN: LV-550193 · DOB: 06/30/1949</p>';
    const line = await read(`<div class="patient-header">${header}<p>Unit / Room / Bed: 4W / 412 / A</p></div>`);
    expect(line?.location).toBe('4W / 412 / A');
    const list = await read(`<div class="patient-header">${header}<dl><dt>Unit / Room / Bed</dt><dd>4W / 412 / A</dd></dl></div>`);
    expect(list?.location).toBe('4W / 412 / A');
    const empty = await read(`<div class="patient-header">${header}<p>Unit / Room / Bed: — / — / —</p></div>`);
    expect(empty?.location).toBeUndefined();
  });
});
