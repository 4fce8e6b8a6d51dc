import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * Rules learnt from community mental-health and care-coordination pages (the corpus's community-mh
 * tuning family, issue 9), each on markup of our own; every case fails without its rule.
 */
const parse = (html: string, title = '') => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${html}</body></html>`, 'text/html');
const read = (html: string, title?: string) => extractClientContext(parse(html, title), 'https://cmh.example.org/client/overview');

describe("a program episode's admission", () => {
  const header = (label: string) =>
    `<table><tr><td>Client Name:</td><td>Wren Castellano</td><td>Client ID:</td><td>60218</td><td>DOB:</td><td>02/11/1990</td></tr>` +
    `<tr><td>Program:</td><td>Adult Outpatient</td><td>${label}</td><td>10/05/2026</td><td>Next Review:</td><td>01/05/2027</td></tr></table>`;

  it.each(['Episode Admission Date:', 'Program Admission:', 'Program Start:', 'Enrollment Date:'])('is the stay\'s start under "%s"', async (label) => {
    expect(await read(header(label))).toMatchObject({ name: 'Wren Castellano', mrn: '60218', admitDate: '2026-10-05' });
  });

  it('is not a plan review date', async () => {
    expect((await read(header('Plan Start:')))?.admitDate).toBeUndefined();
  });
});

describe('a face sheet that prints the name in Last, First and Middle cells', () => {
  const sheet =
    '<table><tr><td>Last Name</td><td>Ostrowski-Lane</td><td>First Name</td><td>Petra</td><td>Middle</td><td>K</td></tr>' +
    '<tr><td>Client ID</td><td>70415</td><td>Medicaid ID</td><td>OH55120987</td></tr>' +
    '<tr><td>DOB</td><td>4/2/1999</td><td>Gender</td><td>F</td><td>Status</td><td>Active</td></tr></table>';

  it('puts the name together beside the row of identity values', async () => {
    expect(await read(sheet)).toMatchObject({ name: 'Petra K. Ostrowski-Lane', mrn: '70415', dob: '1999-04-02', sex: 'F' });
  });

  it('never takes a guardian table below for the client', async () => {
    const guardian = '<h3>Contacts</h3><table><tr><td>Guardian</td><td>Milo Ostrowski</td><td>Phone</td><td>(555) 310-2291</td></tr></table>';
    expect(await read(sheet + guardian)).toMatchObject({ name: 'Petra K. Ostrowski-Lane', dob: '1999-04-02' });
  });
});

describe('a client header that prints each caption under its value', () => {
  const item = (value: string, caption: string) => `<div class="item"><span class="v">${value}</span><span class="c">${caption}</span></div>`;
  const header =
    '<section aria-label="Client Header">' +
    item('VANTERPOOL,ISAAC D', 'Name') + item('000518840', 'Client ID') + item('Male', 'Sex') + item('03/30/1979', 'Date of Birth') +
    item('3 South / 318 / A', 'Location') + item('NGUYEN,THI MD', 'Attending Practitioner') + '</section>';

  it('reads each value above its caption', async () => {
    expect(await read(`<div class="session"><h3>My Session</h3><ul><li>ROWE,KIT (000401122)</li></ul></div>${header}`)).toMatchObject({
      name: 'Isaac D. Vanterpool', mrn: '000518840', dob: '1979-03-30', sex: 'M', location: '3 South / 318 / A',
    });
  });

  it("never reads a table row's last cell as a caption", async () => {
    const contacts = '<table><tr><td>Pia Ostrander</td><td>Name</td></tr><tr><td>12/12/1960</td><td>Date of Birth</td></tr></table>';
    expect(await read(contacts)).toBeNull();
  });
});

describe("a record page whose one heading is the client's name", () => {
  const page = (crumb: string, more = '') =>
    `<header><span>Stillwater Counseling</span> <span class="account">Dr. Odile Fairweather</span></header>` +
    `<div class="crumbs"><a href="#">Clients</a> › <span>${crumb}</span></div><h1>Benedikt Oyelowo-Marsh</h1>${more}` +
    '<aside><div><span class="lab">Date of birth</span>11/23/1990 (36)</div><div><span class="lab">Mobile</span>(555) 201-4477</div></aside>';

  it('reads the heading when the breadcrumb repeats it after a step naming clients', async () => {
    expect(await read(page('Benedikt Oyelowo-Marsh'))).toMatchObject({ name: 'Benedikt Oyelowo-Marsh', dob: '1990-11-23', phone: '(555) 201-4477' });
  });

  it('reads the heading when the window title repeats it as a client page', async () => {
    expect(await read(page('Overview'), 'Benedikt Oyelowo-Marsh - Client Overview')).toMatchObject({ name: 'Benedikt Oyelowo-Marsh', dob: '1990-11-23' });
  });

  it('reads nothing when nothing repeats the heading, or when the page has two', async () => {
    expect(await read(page('Overview'))).toBeNull();
    expect(await read(page('Benedikt Oyelowo-Marsh', '<h1>Marguerite Tallis</h1>'))).toBeNull();
  });

  it("never reads a directory's or a user's profile that repeats a name under other words", async () => {
    expect(await read(page('Benedikt Oyelowo-Marsh').replace('Clients', 'Directory'))).toBeNull();
    expect(await read(page('Overview'), 'Benedikt Oyelowo-Marsh | My Profile')).toBeNull();
  });
});

describe('a profile head of chips with no space between their tags', () => {
  const head = (phone: string) =>
    '<section class="profile-head"><h2 class="profile-name">Anouk Veldhuis-Brand</h2>' +
    '<div class="chips"><span class="chip">Client ID 5580-1146</span><span class="chip">DOB 10/19/1987</span><span class="chip">Female</span></div>' +
    `<div class="chips">${phone}<span class="chip">anouk@example.net</span></div></section>`;

  it('reads each chip on its own', async () => {
    expect(await read(head(''))).toMatchObject({ name: 'Anouk Veldhuis-Brand', mrn: '5580-1146', dob: '1987-10-19', sex: 'F' });
  });

  it('reads a phone chip its tooltip names', async () => {
    expect(await read(head('<span class="chip" title="Mobile">(555) 402-7719</span>'))).toMatchObject({ name: 'Anouk Veldhuis-Brand', phone: '(555) 402-7719' });
  });

  it('never takes a name from a tooltip', async () => {
    const avatar = '<header><span class="avatar" title="Name">Jonas Feld</span></header><div><span>DOB: 10/19/1987</span> <span>Client ID: 5580-1146</span></div>';
    expect((await read(avatar))?.name).not.toBe('Jonas Feld');
  });
});

describe('the enrollment of a care-coordination program', () => {
  it('is the stay\'s start under an "Enrolled" column', async () => {
    const page =
      '<section class="profile-head"><h2 class="profile-name">Anouk Veldhuis-Brand</h2><span>Client ID: 5580-1146</span> <span>DOB: 10/19/1987</span></section>' +
      '<h3>Active programs</h3><table><thead><tr><th>Program</th><th>Enrolled</th><th>Care coordinator</th></tr></thead><tbody><tr><td>Housing Navigation</td><td>09/22/2026</td><td>Ikaika Kahale</td></tr></tbody></table>';
    expect(await read(page)).toMatchObject({ name: 'Anouk Veldhuis-Brand', admitDate: '2026-09-22' });
  });
});

describe('a face sheet of key/value rows that splits the name', () => {
  const rows = (pairs: [string, string][]) => `<div class="fs">${pairs.map(([k, v]) => `<div class="row"><span class="k">${k}:</span><span class="v">${v}</span></div>`).join('')}</div>`;

  it('puts the name together inside the rows of identity values', async () => {
    const sheet = rows([['Last Name', 'Lindgren-Obi'], ['First Name', 'Ansel'], ['Client ID', '61433'], ['DOB', '08/29/1994'], ['Gender', 'Male']]);
    expect(await read(sheet)).toMatchObject({ name: 'Ansel Lindgren-Obi', mrn: '61433', dob: '1994-08-29', sex: 'M' });
  });
});

describe('a client strip that leads with "FAMILY,GIVEN (id)" and labels only the episode', () => {
  const strip = (lead: string) =>
    `<div class="topbar">Org · <span>User: ASHWORTH,PENELOPE</span></div><div id="clientHeader" class="client-header"><span class="cname">${lead}</span> <span>Episode: 2</span> <span>Admit Date: 10/23/2026</span></div><h1>Service Note</h1>`;

  it('reads the name with the number in brackets', async () => {
    expect(await read(strip('OYELARAN,BISI K (000771244)'))).toMatchObject({ name: 'Bisi K. Oyelaran', mrn: '000771244', admitDate: '2026-10-23' });
  });

  it('reads nothing when the name comes without its number', async () => {
    expect(await read(strip('OYELARAN,BISI K'))).toBeNull();
  });
});

describe("a banner's phone chips after the PCP's", () => {
  const banner = (chips: string) =>
    `<div class="patient-banner"><h2>Ferris, Odalys M</h2><div><span>MRN: 4410871</span> <span>DOB: 09/17/1959</span></div><div class="pb-row">${chips}</div></div>`;

  it('reads "H:" as the home phone once a chip of the client\'s own ends the PCP\'s details', async () => {
    expect(await read(banner('<span>PCP: Amara Obi, MD</span><span>Pref Lang: English</span><span>H: 617-555-0131</span>'))).toMatchObject({ mrn: '4410871', phone: '617-555-0131' });
  });

  it("never reads the phone right after the PCP's chip, nor after the PCP's fax", async () => {
    expect((await read(banner('<span>PCP: Amara Obi, MD</span><span>Ph: 617-555-0199</span>')))?.phone).toBeUndefined();
    expect((await read(banner('<span>PCP: Amara Obi, MD</span><span>Fax: 617-555-0198</span><span>H: 617-555-0199</span>')))?.phone).toBeUndefined();
  });
});

describe('a label that repeats its own text as a tooltip', () => {
  it('still labels the value beside it', async () => {
    const block =
      '<ul class="page-header"><li><p title="Name">Name</p><p>Linnea Vasquez-Orr</p></li><li><p title="Birthdate">Birthdate</p><p>3/18/1957</p></li>' +
      '<li><p title="Primary Phone">Primary Phone</p><p>(720) 555-0117</p></li></ul>';
    expect(await read(block)).toMatchObject({ name: 'Linnea Vasquez-Orr', dob: '1957-03-18', phone: '(720) 555-0117' });
  });
});

describe('the stay a page shows beside a client only its app state ties to a record', () => {
  const state = JSON.stringify({ props: { pageProps: { patient: { resourceType: 'Patient', id: 'p-77', identifier: [{ type: { coding: [{ code: 'MR' }] }, value: 'E5520190' }], name: [{ family: 'Lindahl', given: ['Kerstin'] }], gender: 'female', birthDate: '1946-05-02' } } } });
  const page = (meta: string) =>
    `<div id="__next"><header><span>TOC</span> <span>Leah Kim, RN</span></header><div class="TocHeader_root__b2"><h1 class="TocHeader_name__Yp">LINDAHL, Kerstin</h1><p class="TocHeader_meta__z1">${meta}</p></div></div>` +
    `<script id="__NEXT_DATA__" type="application/json">${state}</script>`;

  it('keeps the shown admission and expected discharge', async () => {
    expect(await read(page('Adm 11/22/2026 &middot; Exp DC 12/06/2026'))).toMatchObject({ name: 'Kerstin Lindahl', mrn: 'E5520190', admitDate: '2026-11-22', dischargeDate: '2026-12-06' });
  });
});
