import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';

/**
 * General kinds of evidence (issue 9), each shown on markup of our own written from how real products
 * render records; the held-out corpus pages stay unopened.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://crm.example.net/main.aspx?etn=contact');

describe('values printed only in form controls', () => {
  // Model-driven CRM forms and edit screens: a label, then a cell holding the control (no `for`).
  const form = (rows: string) => `
    <div id="shell"><div class="form-root">
      <div class="form-header"><h1 data-id="header_title">Marisol Quintero-Vale</h1><div>Contact</div></div>
      <section aria-label="Summary">${rows}</section>
    </div></div>`;
  const row = (label: string, control: string) => `<div class="field-row"><div class="field-label"><label>${label}</label></div><div class="field-value">${control}</div></div>`;

  it('reads the value of the control beside its label', async () => {
    const r = await read(form(
      row('Medical Record Number', '<input type="text" value="Q-448120">') +
        row('Birthday', '<input value="4/17/1951">') +
        row('Mobile Phone', '<input type="tel" value="(555) 201-3344">') +
        row('Gender', '<select><option>Male</option><option selected>Female</option></select>'),
    ));
    expect(r).toMatchObject({ name: 'Marisol Quintero-Vale', mrn: 'Q-448120', dob: '1951-04-17', phone: '(555) 201-3344', sex: 'F' });
  });

  it('does not read a checkbox or a hidden field as the value', async () => {
    const r = await read(form(
      row('Medical Record Number', '<input type="text" value="Q-448120">') +
        row('Birthday', '<input value="4/17/1951">') +
        row('Mobile Phone', '<input type="checkbox" value="5552013344" checked>'),
    ));
    expect(r?.phone).toBeUndefined();
  });
});

describe('phones', () => {
  const banner = (extra: string) => `<header class="patient-banner"><h2>Bertram Olafsen</h2><span>MRN: 7740112</span> <span>DOB: 02/11/1948</span>${extra}</header>`;

  it('knows the label spellings records print', () => {
    for (const label of ['Ph:', 'Ph.', 'Preferred phone', 'Day phone', 'Cell #', 'Phone (home)', 'Contact number', 'Primary contact number', 'Phone numbers']) expect(matchLabel(label)?.field, label).toBe('phone');
    for (const label of ['Fax', 'Phone type', 'Emergency contact']) expect(matchLabel(label)?.field ?? null, label).not.toBe('phone');
  });

  it("reads the banner's only call link as the client's phone", async () => {
    expect((await read(`<main>${banner('<a href="tel:+15553031212">(555) 303-1212</a>')}</main>`))?.phone).toBe('(555) 303-1212');
    // Two call links, or one in an app header that shows nobody: whose is not said.
    expect((await read(`<main>${banner('<a href="tel:+15553031212">(555) 303-1212</a> <a href="tel:+15554001000">(555) 400-1000</a>')}</main>`))?.phone).toBeUndefined();
    const helpDesk = `<header class="app-header"><a href="tel:+18005550100">Help desk 1-800-555-0100</a></header><main>${banner('')}</main>`;
    expect((await read(helpDesk))?.phone).toBeUndefined();
  });

  it("does not take another person's or place's phone for the client's", async () => {
    const pages = [
      banner('<div>PCP: Dr. Alan Ruiz Ph: (555) 400-1000</div>'),
      banner('<div><span>Emergency contact:</span> <span>Ruth Olafsen (wife)</span> <span>Phone:</span> <span>(555) 400-1000</span></div>'),
      `${banner('')}<section><h3>Emergency Contact</h3><p>Ruth Olafsen (wife)</p><p>Phone: (555) 400-1000</p></section>`,
      `${banner('')}<div><b>Preferred pharmacy</b><div>CVS #1123, 40 Elm St</div><div>Ph: (555) 400-1000</div></div>`,
      `${banner('')}<table><tr><td>PCP</td><td>Dr. Alan Ruiz</td></tr><tr><td>Phone</td><td>(555) 400-1000</td></tr></table>`,
      `${banner('')}<div class="card"><p>Facility: Lakeside SNF</p><p>Phone: (555) 400-1000</p></div>`,
    ];
    for (const page of pages) {
      const r = await read(`<div class="chart">${page}</div>`);
      expect(r, page).toMatchObject({ name: 'Bertram Olafsen', mrn: '7740112' });
      expect(r?.phone, page).toBeUndefined();
    }
    expect((await read(`<main>${banner('<div>Home phone: (555) 303-1212</div>')}</main>`))?.phone).toBe('(555) 303-1212');
  });
});

describe('the stay written in sentences and labelled far below the banner', () => {
  // The reader's clock is the machine's: dates are written relative to it.
  const day = (offset: number) => {
    const d = new Date();
    d.setDate(d.getDate() + offset);
    return { us: `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`, iso: `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` };
  };
  const banner = '<header class="patient-banner"><h2>Bertram Olafsen</h2><span>MRN: 7740112</span> <span>DOB: 02/11/1948</span></header>';
  const page = (body: string) => `<div class="chart">${banner}${body}</div>`;

  it('reads admission, discharge and the ward from a note', async () => {
    const [adm, dis] = [day(-9), day(-2)];
    const r = await read(page(`<div class="note"><p>Pt admitted to 4 West on ${adm.us} via ED. Discharged home on ${dis.us} with home health.</p></div>`));
    expect(r).toMatchObject({ admitDate: adm.iso, dischargeDate: dis.iso, dischargeActual: true, location: '4 West' });
    const expected = await read(page(`<p>Lakeside Hospital · Admitted ${adm.us} · Expected discharge ${day(3).us}</p>`));
    expect(expected).toMatchObject({ admitDate: adm.iso, dischargeDate: day(3).iso, dischargeActual: false });
  });

  it("takes no history, planning or relative's stay for the current one", async () => {
    const pages = [
      `<p>Previously admitted 02/03/2019 for CHF exacerbation.</p>`,
      `<p>Discharge planning started ${day(-1).us}.</p>`,
      `<p>Wife was admitted to 3 North on ${day(-4).us}.</p>`,
      // Two stays in the notes: which one is current is not said.
      `<p>Pt was admitted on ${day(-9).us} for a fall.</p><p>Pt was admitted on ${day(-30).us} for pneumonia.</p>`,
    ];
    for (const body of pages) {
      const r = await read(page(body));
      expect(r, body).toMatchObject({ name: 'Bertram Olafsen', mrn: '7740112' });
      expect(r?.admitDate, body).toBeUndefined();
      expect(r?.dischargeDate, body).toBeUndefined();
    }
  });

  it('reads the stay a details section labels far below the banner, and no identity there', async () => {
    const clutter = Array.from({ length: 60 }, (_, i) => `<li><span>Item ${i}</span> <span>note</span></li>`).join('');
    const adm = day(-7);
    const r = await read(page(`<nav><ul>${clutter}</ul></nav>
      <section><h3>Current stay</h3><dl><dt>Admission Date</dt><dd>${adm.us}</dd><dt>Location</dt><dd>3 North, Room 318-B</dd></dl></section>
      <section><h3>Spouse</h3><dl><dt>Name</dt><dd>Ruth Olafsen</dd><dt>DOB</dt><dd>05/06/1950</dd></dl></section>`));
    expect(r).toMatchObject({ name: 'Bertram Olafsen', dob: '1948-02-11', admitDate: adm.iso, location: '3 North, Room 318-B' });
  });

  it("does not end the stay's sentence at an abbreviation or an initial", async () => {
    const adm = day(-6);
    const sentences = [
      `Admitted to St. Luke's on ${adm.us} for observation.`,
      `Admitted to Mt. Sinai West on ${adm.us}.`,
      `Pt admitted to Ft. Myers Regional on ${adm.us} via EMS.`,
      `Admitted under Dr. Okafor on ${adm.us}.`,
      `Admitted to Bed No. B-214 on ${adm.us}.`,
      `Admitted under J. Smith, hospitalist, on ${adm.us}.`,
      `Admitted under Mr. A. K. Patel (surgeon) on ${adm.us}.`,
    ];
    for (const s of sentences) expect((await read(page(`<div class="note"><p>${s}</p></div>`)))?.admitDate, s).toBe(adm.iso);
    // A sentence that does end still ends the keyword's reach: the date after it is not the admission's.
    const ended = `Admitted via ED. Follow-up visit ${day(-2).us} with PCP.`;
    expect((await read(page(`<p>${ended}</p>`)))?.admitDate, ended).toBeUndefined();
  });

  it("reads the stay from a form's note field, never identity nor a relative's stay", async () => {
    const [adm, dis] = [day(-8), day(3)];
    const form = (note: string) => page(`<form class="encounter"><label>Note</label><textarea></textarea></form>`.replace('<textarea>', `<textarea>${note}`));
    const r = await read(form(`Admitted ${adm.us} from ED with CHF exacerbation. Expected discharge ${dis.us}. Referral for Ruth Olafsen, DOB 05/06/1970, MRN 5512001.`));
    expect(r).toMatchObject({ name: 'Bertram Olafsen', mrn: '7740112', dob: '1948-02-11', admitDate: adm.iso, dischargeDate: dis.iso, dischargeActual: false });
    // What was typed lives in the control's value, not its markup.
    const typed = parse(form(''));
    (typed.querySelector('textarea') as HTMLTextAreaElement).value = `Pt admitted to 4 West on ${adm.us}.`;
    expect(await extractClientContext(typed, 'https://crm.example.net/main.aspx?etn=contact')).toMatchObject({ admitDate: adm.iso, location: '4 West' });
    for (const note of [`Wife was admitted on ${adm.us}.`, `Previously admitted 02/03/2019 for CHF.`]) expect((await read(form(note)))?.admitDate, note).toBeUndefined();
    expect((await read(page(`<form><textarea hidden>Admitted ${adm.us}.</textarea></form>`)))?.admitDate).toBeUndefined();
  });
});

describe('the stay as encounter tables, rows and entries print it', () => {
  const read = (html: string) => extractClientContext(parse(html), 'https://care.example.org/members/550921');
  const day = (offset: number) => {
    const d = new Date();
    d.setDate(d.getDate() + offset);
    return { us: `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`, iso: `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` };
  };
  const banner = '<header class="member-header"><h2>Odalys Brennan-Ruiz</h2><span>Member ID: CM-550921</span> <span>DOB: 08/30/1952</span></header>';
  const grid = (head: string[], rows: string[][]) =>
    `<table class="grid"><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  const [adm, dis] = [day(-8), day(-2)];

  it("reads a stay table's one row under its column labels", async () => {
    const r = await read(`<main>${banner}<section><h3>Transitions of care</h3>${grid(['Facility', 'Admit Date', 'Discharge Date', 'Type'], [['Lakeview Regional', adm.us, dis.us, 'Inpatient']])}</section></main>`);
    expect(r).toMatchObject({ name: 'Odalys Brennan-Ruiz', admitDate: adm.iso, dischargeDate: dis.iso });
    const planned = await read(`<main>${banner}${grid(['Admission Date', 'Anticipated Discharge'], [[adm.us, day(4).us]])}</main>`);
    expect(planned).toMatchObject({ admitDate: adm.iso, dischargeDate: day(4).iso, dischargeActual: false });
  });

  it('reads the one row of a task list or history that holds a current stay', async () => {
    const tasks = grid(['Task', 'Facility', 'Discharge Date', 'Status'], [['TCM call', 'Lakeview Regional', dis.us, 'Open'], ['Medication review', '', '', 'Open'], ['Annual wellness', '', '', 'Done']]);
    expect(await read(`<main>${banner}${tasks}</main>`)).toMatchObject({ name: 'Odalys Brennan-Ruiz', dischargeDate: dis.iso });
    const history = grid(['Facility', 'Admit Date', 'Discharge Date'], [['Lakeview Regional', adm.us, dis.us], ['St. Anne', '02/03/2019', '02/09/2019']]);
    expect(await read(`<main>${banner}${history}</main>`)).toMatchObject({ admitDate: adm.iso, dischargeDate: dis.iso });
    // A stay discharged before the latest began is history too, however near (stay-rows.ts).
    const recent = grid(['Facility', 'Admit Date', 'Discharge Date'], [['Lakeview Regional', adm.us, dis.us], ['St. Anne', day(-60).us, day(-55).us]]);
    expect(await read(`<main>${banner}${recent}</main>`)).toMatchObject({ admitDate: adm.iso, dischargeDate: dis.iso });
  });

  it('takes no stay from two current rows, a list of people or an old stay', async () => {
    const pages = [
      // Two current rows that overlap: which is the client's stay is not said.
      grid(['Facility', 'Admit Date', 'Discharge Date'], [['Lakeview Regional', adm.us, dis.us], ['St. Anne', day(-10).us, day(-4).us]]),
      grid(['Patient', 'Admit Date'], [['Harlan Voss', adm.us]]),
      grid(['Facility', 'Admit Date', 'Discharge Date'], [['Lakeview Regional', '02/03/2019', '02/09/2019']]),
    ];
    for (const body of pages) {
      const r = await read(`<main>${banner}${body}</main>`);
      expect(r?.admitDate, body).toBeUndefined();
      expect(r?.dischargeDate, body).toBeUndefined();
    }
  });

  it('reads the encounter date in a row an encounter number heads', async () => {
    const r = await read(`<main>${banner}<table class="header"><tr><td class="label">Encounter Id</td><td>V-20931</td><td class="label">Encounter Date</td><td>From ${adm.us} to ${dis.us}</td></tr></table></main>`);
    expect(r).toMatchObject({ admitDate: adm.iso, dischargeDate: dis.iso });
  });

  it('reads an encounter period its class word leads', async () => {
    const r = await read(`<main>${banner}<div class="enc">Inpatient encounter (Lakeview Regional) from ${adm.us} to ${dis.us}</div></main>`);
    expect(r).toMatchObject({ admitDate: adm.iso, dischargeDate: dis.iso });
  });

  it("takes the stay from a record export's one Encounter entry, never one naming someone else", async () => {
    const entry = (inner: string) => `<div class="entry"><h3>Encounter/5521</h3><table><tbody><tr><td>Status</td><td>in-progress</td></tr>${inner}<tr><td>Period</td><td>${adm.us} - ?</td></tr><tr><td>Location</td><td>Lakeview Regional, 5 South</td></tr></tbody></table></div>`;
    const page = (entries: string) => `<div class="entry"><h3>Patient/88</h3><div><div class="hapiHeaderText">Odalys <b>BRENNAN-RUIZ</b></div><table class="hapiPropertyTable"><tbody><tr><td>Identifier</td><td>CM-550921</td></tr><tr><td>Date of birth</td><td>30 August 1952</td></tr></tbody></table></div></div>${entries}`;
    const read = (html: string) => extractClientContext(parse(html), 'https://fhir.example-hie.net/baseR4/Patient/88/$everything?_format=html');
    expect(await read(page(entry('')))).toMatchObject({ name: 'Odalys Brennan-Ruiz', admitDate: adm.iso, location: 'Lakeview Regional, 5 South' });
    expect((await read(page(entry('') + entry(''))))?.admitDate).toBeUndefined();
    expect((await read(page(entry('<tr><td>Patient</td><td>Harlan Voss</td></tr>'))))?.admitDate).toBeUndefined();
  });
});

describe('one-word names beside a whole identity', () => {
  const read = (html: string) => extractClientContext(parse(html), 'https://ehr.example.org/chart/6021');
  const user = '<header class="app-bar"><span class="brand">Clinic</span> <span>Signed in: Ravi</span></header>';

  it('reads a mononym where a banner puts its name, and under a "Name" label', async () => {
    const pages = [
      `${user}<main><section class="patient-banner"><h2>Tenzin</h2><span>MRN: RC-6021</span> <span>DOB: 01/15/1987</span> <span>Male</span></section></main>`,
      `${user}<main><div class="pt-header"><div class="pt-name">Tenzin <span>(39 y)</span></div><div>MRN: RC-6021</div><div>DOB: 01/15/1987</div></div></main>`,
      `${user}<main><dl class="record"><dt>Name:</dt><dd>Tenzin</dd><dt>MRN:</dt><dd>RC-6021</dd><dt>DOB:</dt><dd>01/15/1987</dd></dl></main>`,
    ];
    for (const html of pages) expect(await read(html), html).toMatchObject({ name: 'Tenzin', mrn: 'RC-6021', dob: '1987-01-15' });
  });

  it("never reads a role, a section's title or the user's name as one", async () => {
    const pages = [
      `<main><section class="patient-banner"><h2>Patient</h2><span>MRN: RC-6021</span> <span>DOB: 01/15/1987</span></section></main>`,
      `<main><section class="patient-banner"><h2>Immunizations</h2><span>MRN: RC-6021</span> <span>DOB: 01/15/1987</span></section></main>`,
      `<header class="app-bar"><h1>Ravi</h1></header><main><section class="patient-banner"><span>MRN: RC-6021</span> <span>DOB: 01/15/1987</span></section></main>`,
      `<div class="topbar"><span class="user-name">Ravi</span></div><main><section class="patient-banner"><span>MRN: RC-6021</span> <span>DOB: 01/15/1987</span></section></main>`,
      // Only one of the record number and the birth date: one word is not enough.
      `<main><section class="patient-banner"><h2>Tenzin</h2><span>MRN: RC-6021</span></section></main>`,
      // Two one-word names labelled: which is the client's is not said.
      `<main><dl><dt>Name:</dt><dd>Tenzin</dd><dt>MRN:</dt><dd>RC-6021</dd><dt>DOB:</dt><dd>01/15/1987</dd></dl><dl><dt>Name:</dt><dd>Pemba</dd></dl></main>`,
    ];
    for (const html of pages) expect(await read(html), html).toBeNull();
  });
});

describe('one-line records and sentences that give a whole identity', () => {
  const read = (html: string) => extractClientContext(parse(html), 'https://inbox.example.org/messages/4410');
  const page = (line: string, extra = '') => `<header class="app-bar"><span>Signed in: Kyle Jensen</span></header><main><article class="message"><h2>Re: follow-up</h2><p class="who">${line}</p>${extra}</article></main>`;

  it('reads a line a chart-style name leads, with one identifier beside it', async () => {
    expect(await read(page('Walter Hiroshi FERREIRA · Lakeside Clinic · MRN 100873K'))).toMatchObject({ name: 'Walter Hiroshi Ferreira', mrn: '100873K' });
    expect(await read(page('HERRERA, AMARA R | MR#: 74-27038'))).toMatchObject({ name: 'Amara R. Herrera', mrn: '74-27038' });
    expect(await read(page('SATO, BARTHOLOMEW | 26.Apr.1945'))).toMatchObject({ name: 'Bartholomew Sato', dob: '1945-04-26' });
  });

  it('reads a "Patient … (born …)" summary with no label', async () => {
    expect(await read(page('Patient Harriet OKAFOR @ Riverside Health (born 23 Feb 1964)'))).toMatchObject({ name: 'Harriet Okafor', dob: '1964-02-23' });
  });

  it("reads a sentence that opens with the name and gives the record number and birth date", async () => {
    const note = (s: string) => `<main><article class="note"><h2>Progress note</h2><p>${s}</p><p>Plan: continue current medications.</p></article></main>`;
    expect(await read(note('Jane Marie Doe is a 76-year-old female (DOB 01/05/1950, MRN 123456) seen today for follow-up.'))).toMatchObject({ name: 'Jane Marie Doe', mrn: '123456', dob: '1950-01-05', sex: 'F' });
    expect(await read(note('Re: Jane DOE, DOB 01/05/1950, MRN 123456'))).toMatchObject({ name: 'Jane Doe', mrn: '123456', dob: '1950-01-05' });
    expect(await read(`<main><article class="note"><p>Patient: Jane Doe. DOB: 01/05/1950. MRN: 123456.</p></article></main>`)).toMatchObject({ name: 'Jane Doe', mrn: '123456', dob: '1950-01-05' });
  });

  it('reads no one from a mixed-case list line, a relative, a verb before the name or a recent-patients item', async () => {
    const pages = [
      page('Novak, Delphine | MR = 87-35661'),
      page('HERRERA, AMARA R | #74-27038'),
      page('SPRINGFIELD, IL | MRN 550193'),
      page('Seen by Dr. Alan Reyes · Lakeside Clinic'),
      `<main><article class="note"><p>Son John Doe (MRN 123457, DOB 01/05/1980) was seen today.</p></article></main>`,
      `<main><article class="note"><p>Saw Jane Doe (MRN 123457, DOB 01/05/1980) today.</p></article></main>`,
      `<main><p>Inbox</p></main><aside><ul><li>Jane Doe (MRN 123456, DOB 01/05/1950)</li></ul></aside>`,
    ];
    for (const html of pages) expect(await read(html), html).toBeNull();
  });
});

describe('label spellings banners abbreviate', () => {
  it('reads "DOB/Age" as the birth date and "Dt" as a date', async () => {
    for (const [label, field] of [['DOB/Age', 'dob'], ['Date of Birth / Age:', 'dob'], ['Admit Dt', 'admitDate'], ['Discharge Dt:', 'dischargeDate']] as const) expect(matchLabel(label)?.field, label).toBe(field);
    const r = await extractClientContext(parse(`<main><section class="patient-banner"><h2>Ruth Ann Calloway</h2><div><span>DOB/Age:</span> <span>03/14/1941 (85 yrs)</span></div><div><span>MRN:</span> <span>554120</span></div></section></main>`), 'https://ehr.example.org/chart/554120');
    expect(r).toMatchObject({ name: 'Ruth Ann Calloway', mrn: '554120', dob: '1941-03-14' });
  });
});

describe('narrative summaries that run the values together', () => {
  const read = (html: string) => extractClientContext(parse(html), 'https://fhir.example.org/ig/Patient-example.html');

  it('reads the record number without the bracket it sat in, and the name without the sex after it', async () => {
    const lines = ['<b>Patient</b>: Marisol QUINTERO, Female, DoB: 1951-04-17 ( MRN: Q-448120)', 'Marisol QUINTERO, Female, DoB: 1951-04-17 ( MRN: Q-448120)'];
    for (const line of lines) expect(await read(`<div class="text"><p>${line}</p></div>`), line).toMatchObject({ name: 'Marisol Quintero', mrn: 'Q-448120', dob: '1951-04-17', sex: 'F' });
  });
});

describe('a record number in brackets after a heading name', () => {
  // Resident profiles title the page "FAMILY, Given (resident number)", the details in a labelled table.
  const profile = (title: string) => `
    <div class="profile-top"><h1 class="title">${title}</h1>
      <table class="facts"><tr><td><b>Room:</b> Cedar Wing 118-A</td><td><b>Admitted:</b> 10/02/2026</td></tr>
      <tr><td><b>Birth Date:</b> 02/19/1936</td><td><b>Sex:</b> Male</td></tr></table></div>`;

  it('reads the name without the number, and the number as the record number', async () => {
    for (const title of ['LINDQVIST, Arvid (300871)', 'Arvid Lindqvist (#300871)', 'LINDQVIST, Arvid (RS-300871)', 'LINDQVIST, Arvid (Resident # 300871)', 'Arvid Lindqvist (MRN: 300871)']) {
      expect(await read(profile(title)), title).toMatchObject({ name: 'Arvid Lindqvist', mrn: title.includes('RS') ? 'RS-300871' : '300871', dob: '1936-02-19', sex: 'M' });
    }
  });

  it('never takes an age or a date in brackets for the record number', async () => {
    for (const title of ['LINDQVIST, Arvid (90)', 'LINDQVIST, Arvid (02/19/1936)', 'LINDQVIST, Arvid (Room # 300871)']) expect((await read(profile(title)))?.mrn, title).toBeUndefined();
  });
});

describe('a relative named anywhere before a line’s identity', () => {
  const banner = `<div class="resident-top"><h1>Ingrid Solberg</h1><table><tr><td><b>DOB:</b> 07/01/1944</td><td><b>Gender:</b> Female</td></tr></table></div>`;

  it('does not read a contact line under a section title as a second client', async () => {
    for (const line of ['Emergency contact: son Leif Solberg, (555) 414-2290, DOB 05/03/1966.', 'Next of kin · Leif Solberg · (555) 414-2290 · DOB 05/03/1966']) {
      expect(await read(`${banner}<section><h2>Contacts</h2><p>${line}</p></section>`), line).toMatchObject({ name: 'Ingrid Solberg', dob: '1944-07-01' });
    }
  });

  it('still reads a banner line that names the client’s doctor before the birth date', async () => {
    const r = await read(`<main><div class="patient-banner"><h2>Ingrid Solberg</h2><p>Female · PCP: Dr. Hal Weber · DOB 07/01/1944 · MRN 55120</p></div></main>`);
    expect(r).toMatchObject({ name: 'Ingrid Solberg', dob: '1944-07-01', mrn: '55120' });
  });
});

describe('an insurance line’s member number beside the chart number', () => {
  it('reads the "#" chart number, not the plan’s member number, as the record number', async () => {
    const r = await read(`<div class="pt-banner"><div><span class="pt-name">Oskar Brandt</span> <span>#60917</span></div>
      <div><span>71yo M</span> <span>DOB: 05/21/1955</span></div><div>Insurance: Northgate HMO &nbsp; Member #: NGH4410982</div></div>`);
    expect(r).toMatchObject({ name: 'Oskar Brandt', mrn: '60917', dob: '1955-05-21' });
  });
});

describe('a form whose header and tab section sit apart', () => {
  const form = (title: string) => {
    const doc = parse(`<div class="hdr"><div><h1>Wendeline Okoro</h1><span>Contact</span></div>
      <div class="hdr-fields"><div><div>Medical Record Number</div><div>WK-330198</div></div></div></div>
      <div class="tabs"><div role="tabpanel"><section><div class="row"><label>Birth Date</label><input value="8/14/1963"></div></section></div></div>`);
    doc.title = title;
    return extractClientContext(doc, 'https://crm.example.net/main.aspx?etn=contact');
  };

  it('reads the name beside the record number when the window title names it', async () => {
    expect(await form('Contact: Information: Wendeline Okoro - CRM')).toMatchObject({ name: 'Wendeline Okoro', mrn: 'WK-330198', dob: '1963-08-14' });
  });

  it('reads no one when the title names someone else', async () => {
    expect(await form('Contact: Information: Dana Kim - CRM')).toBeNull();
  });
});

describe('a store that keeps the open record inside its patient slice', () => {
  const page = (slice: string) => `<section class="Banner_root__q1" aria-label="Patient banner"><h2>Nadia Petrossian</h2>
    <dl><div><dt>MRN</dt><dd>•••• 2210</dd></div><div><dt>DOB</dt><dd>1957-11-03</dd></div></dl></section>
    <script>window.__INITIAL_STATE__ = {"patient":{"loading":false,${slice}}};</script>`;
  const nadia = '{"mrn":"N-552210","firstName":"Nadia","lastName":"Petrossian","birthDate":"1957-11-03","gender":"female"}';

  it('reads the open record of the slice', async () => {
    expect(await read(page(`"current":${nadia}`))).toMatchObject({ name: 'Nadia Petrossian', mrn: 'N-552210', sex: 'F' });
  });

  it('reads nothing from the slice’s list of recent patients', async () => {
    expect((await read(page(`"recent":[${nadia}]`)))?.mrn).toBeUndefined();
  });
});
