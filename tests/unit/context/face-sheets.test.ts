import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * Rules learnt from long-term-care face sheets and FHIR core narratives (issue 9), each on markup of
 * our own; every case fails without its rule.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://ltc.example.org/reports/facesheet');

describe('a face sheet grid whose label rows sit above value rows', () => {
  const grid = (rows: string[][]) =>
    `<h1>ADMISSION RECORD</h1><table>${rows.map((r, i) => `<tr>${r.map((c) => (i % 2 ? `<td>${c}</td>` : `<th>${c}</th>`)).join('')}</tr>`).join('')}</table>`;
  const sheet = grid([
    ['Resident Name', 'Resident #', 'Room/Bed', 'Admission Date'],
    ['QUARLES, BENEDICT T', '52207', 'Elm 1-104-B', '11/12/2026'],
    ['Date of Birth', 'Age', 'Sex', 'Religion'],
    ['06/21/1937', '89', 'M', 'Quaker'],
  ]);

  it('reads each value under its label', async () => {
    expect(await read(sheet)).toMatchObject({ name: 'Benedict T. Quarles', mrn: '52207', dob: '1937-06-21', sex: 'M', admitDate: '2026-11-12', location: 'Elm 1-104-B' });
  });

  it('still reads the contacts below it as theirs, never the resident', async () => {
    const contacts = '<h2>Contacts</h2><table><tr><th>Name</th><th>Relationship</th><th>Date of Birth</th></tr><tr><td>Ivy Quarles</td><td>Daughter</td><td>03/03/1968</td></tr></table>';
    expect(await read(sheet + contacts)).toMatchObject({ name: 'Benedict T. Quarles', dob: '1937-06-21' });
  });

  it('never reads a grid of label rows about relationships', async () => {
    const family = grid([
      ['Name', 'Relationship', 'Date of Birth'],
      ['Ivy Quarles', 'Daughter', '03/03/1968'],
      ['Name', 'Relationship', 'Date of Birth'],
      ['Otto Quarles', 'Son', '09/09/1971'],
    ]);
    expect(await read(family)).toBeNull();
  });
});

describe('a FHIR narrative that prints the resource id beside the record number', () => {
  const narrative = (identifier: string) => `
    <div><p><b>Generated Narrative with Details</b></p><p><b>id</b>: pt-5581</p>
    <p><b>identifier</b>: ${identifier}</p><p><b>name</b>: Cosima Iris Vandeleur (OFFICIAL)</p>
    <p><b>telecom</b>: ph: (555) 610-2288(HOME)</p><p><b>gender</b>: female</p><p><b>birthDate</b>: 1962-02-09</p></div>`;

  it('takes the record number, not the bare id', async () => {
    expect(await read(narrative('Medical Record Number = VH-220915 (USUAL)'))).toMatchObject({ name: 'Cosima Iris Vandeleur', mrn: 'VH-220915', dob: '1962-02-09', sex: 'F', phone: '(555) 610-2288' });
  });
});

describe('a call link in the banner', () => {
  const banner = (link: string) => `<header class="patient-banner"><h1>Ottoline Marchbanks</h1><div>DOB: 04/11/1950 · MRN: 880412</div><div>${link}</div></header><main><p>Plan reviewed.</p></main>`;

  it('gives the number it calls when its text names none', async () => {
    expect((await read(banner('<a href="tel:+15552014477">Call mobile</a>')))?.phone).toBe('+15552014477');
  });

  it('gives the number it shows, not a part the page hides', async () => {
    expect((await read(banner('<a href="tel:5552014477"><span style="display:none">was 555-300-1111, now </span>(555) 201-4477</a>')))?.phone).toBe('(555) 201-4477');
  });
});

describe('FHIR core narratives', () => {
  it('reads the sex after the name use in the one-line patient summary', async () => {
    const r = await read('<div><p>Lorcan Thaddeus MACALLISTER (official) Male, DoB: 1972-06-03 ( Medical record number: 0087731 (use: usual))</p></div>');
    expect(r).toMatchObject({ mrn: '0087731', dob: '1972-06-03', sex: 'M' });
  });

  it('leaves the nominated contact’s and the contacts’ phones to them', async () => {
    const summary = '<div><p>Lorcan Thaddeus MACALLISTER (official) Male, DoB: 1972-06-03 ( Medical record number: 0087731 (use: usual))</p>';
    const grid = '<table class="grid"><tr><td>Contact Detail</td><td><ul><li>ph: 555-290-4418(Home)</li></ul></td></tr><tr><td>Nominated Contact:</td><td><ul><li>Saoirse MacAllister (spouse)</li><li>ph: 555-290-7731(Mobile)</li></ul></td></tr></table></div>';
    expect((await read(summary + grid))?.phone).toBe('555-290-4418');
    const paragraphs = '<div><p><b>name</b>: Cosima Iris Vandeleur (OFFICIAL)</p><p><b>identifier</b>: Medical Record Number = VH-220915 (USUAL)</p><p><b>telecom</b>: ph: (555) 610-2288(HOME)</p><p><b>birthDate</b>: 1962-02-09</p>';
    const contacts = '<h3>Contacts</h3><table><tr><td>-</td><td><b>Relationship</b></td><td><b>Name</b></td><td><b>Telecom</b></td></tr><tr><td>*</td><td>Partner</td><td>Ansel Vandeleur</td><td>ph: (555) 610-9900(MOBILE)</td></tr></table></div>';
    expect((await read(paragraphs + contacts))?.phone).toBe('(555) 610-2288');
  });
});

describe('a chart app whose store keeps a resident', () => {
  const page = (state: string) =>
    `<header><span>Signed in: Ruth Abiodun</span></header><section data-testid="resident-banner"><h1>Thaddeus Okonkwo-Bright</h1><div>Male · 88 yrs · Resident ID •••• 7716</div></section>` +
    `<script>window.__INITIAL_STATE__ = ${state};</script>`;
  const resident = (extra: string) => `{"id":"r-7716","firstName":"Thaddeus","lastName":"Okonkwo-Bright","mrn":"LTC-0047716","dateOfBirth":"1938-05-19"${extra}}`;

  it('reads the resident, its phone and the active stay of several', async () => {
    const stays = ',"phoneNumber":"+1 555 330 7716","stays":[{"admitDate":"2024-02-11","dischargeDate":"2024-03-02","stayStatus":"discharged"},{"admitDate":"2026-11-30","expectedDischargeDate":"2026-12-21","stayStatus":"active"}]';
    const r = await read(page(`{"resident":{"current":${resident(stays)}}}`));
    expect(r).toMatchObject({ name: 'Thaddeus Okonkwo-Bright', mrn: 'LTC-0047716', dob: '1938-05-19', phone: '+1 555 330 7716', admitDate: '2026-11-30', dischargeDate: '2026-12-21' });
  });

  it('never reads the signed-in user kept beside it, nor a resident the page does not show', async () => {
    expect(await read(page('{"session":{"user":{"firstName":"Ruth","lastName":"Abiodun","mrn":"U-1","dateOfBirth":"1980-01-01"}}}'))).toBeNull();
    const other = '{"resident":{"current":{"firstName":"Minerva","lastName":"Castellano","mrn":"LTC-0046620","dateOfBirth":"1941-09-09"}}}';
    expect((await read(page(other)))?.mrn).toBeUndefined();
  });
});

describe('a pipe-separated header line', () => {
  it('leaves the separator before the next label out of the value', async () => {
    const r = await read('<div class="patient-header"><div><b>BEAUMONT, IGNATIUS R.</b> | 72 Y M | DOB: 11-Feb-1954 | MRN: 00-44-8812</div><div>Adm: 28-Nov-2026 | Loc: 6N-612-1 | Attending: Priyanka Holm MD</div></div>');
    expect(r).toMatchObject({ mrn: '00-44-8812', location: '6N-612-1' });
  });
});

describe('the stay as long-term care prints it', () => {
  const banner = '<section class="resident-banner"><div><strong>RUIZ-TALBOT, INÉS M</strong> (R-50442)</div><div>Female | DOB: 7/4/1941 | Unit: Oak Court - 117-A</div></section>';

  it('reads the admission from a census entry whose action names it, not a leave or its return', async () => {
    const row = (date: string, action: string) => `<tr><td>${date}</td><td>${action}</td><td>Oak Court - 117-A</td></tr>`;
    const census = `<h2>Census Entries</h2><table><thead><tr><th>Effective Date</th><th>Action</th><th>Location</th></tr></thead><tbody>${row('11/26/2026', 'Return from Leave')}${row('11/23/2026', 'Hospital Leave')}${row('11/09/2026', 'Admission')}</tbody></table>`;
    expect(await read(banner + census)).toMatchObject({ mrn: 'R-50442', admitDate: '2026-11-09' });
  });

  it('reads a move-in date as the admission', async () => {
    expect(await read(`${banner}<div class="meta"><span>Move-in Date:</span> <span>11/14/2026</span></div>`)).toMatchObject({ admitDate: '2026-11-14' });
  });
});

describe('labels and chips as CRMs and chart apps print them', () => {
  const header = '<div class="record-header"><h1>Imani Grace Brooks</h1><ul>';

  it('reads a label with a count in brackets ("Phone (2)")', async () => {
    const r = await read(`${header}<li><p>Birthdate</p><p>8/21/1970</p></li><li><p>Phone (2)</p><p>(404) 555-0193</p></li></ul></div>`);
    expect(r?.phone).toBe('(404) 555-0193');
  });

  it('reads the current facility as the location', async () => {
    const r = await read(`${header}<li><span>MRN</span> <span>HSS-20733</span></li><li><span>Date of birth</span> <span>07/04/1952</span></li><li><span>Current facility</span><span>Farr 6, Room 614</span></li></ul></div>`);
    expect(r?.location).toBe('Farr 6, Room 614');
  });

  it('reads each labelled chip of a separated line, "Exp DC" too', async () => {
    const r = await read('<header class="patient-banner"><h1>Theodore Galloway</h1><p>MRN E7730391 · DOB 09/08/1942</p><p>Adm 11/22/2026 · Exp DC 12/06/2026 · 3 South</p></header>');
    expect(r).toMatchObject({ admitDate: '2026-11-22', dischargeDate: '2026-12-06' });
  });
});

describe('a resident header that prints "Family, Given (resident #)" in mixed case', () => {
  it('reads the name and number from the row above the birth date', async () => {
    const r = await read('<table class="rh"><tr><td><a href="#">Quill, Harriet</a> (30911)</td><td>Status: Current</td></tr><tr><td>Gender: Female</td><td>DOB: 02/17/1938</td><td>Physician: Dr. Marisol Quintero</td></tr></table><p>Daughter Louisa Quill (DOB 09/12/1966) visited.</p>');
    expect(r).toMatchObject({ name: 'Harriet Quill', mrn: '30911', dob: '1938-02-17', sex: 'F' });
  });

  it('reads it first on a banner line', async () => {
    const line = (first: string) => `<div class="hdr"><span class="nm">${first}</span> <span>Current</span> <span>Female</span> <span>DOB: 02/17/1938</span></div>`;
    expect(await read(line('Quill, Harriet (30911)'))).toMatchObject({ name: 'Harriet Quill', mrn: '30911' });
    expect(await read(line('Quill, Harriet (24-84893)'))).toMatchObject({ name: 'Harriet Quill', mrn: '24-84893' });
    expect(await read(line('Quill, Harriet (108582E)'))).toMatchObject({ name: 'Harriet Quill', mrn: '108582E' });
  });
});
