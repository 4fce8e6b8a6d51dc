import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * What a record shows around its client (markup of our own): the toolbar's facility, the header's
 * shortened name beside the whole one in the details, an age and sex that disagree with the birth
 * date. The reading cases fail without their rule; the others guard what must still be read.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://ehr.example.org/chart/88213');

describe('a location with no banner and no stay', () => {
  const hub = (extra = '') =>
    `<div class="toolbar"><span>Provider: Wexler, Maude</span><span>Facility: Brookline Medical Group</span><span>User: kdoran</span></div>` +
    `<div role="dialog"><span class="hub-name">Quintero-Blake, Anselmo R</span>` +
    `<table><tr><td>Acc No.</td><td>88213</td><td>DOB</td><td>09/30/1961</td></tr>${extra}</table></div>`;

  it('is the user\'s or the practice\'s, not the client\'s', async () => {
    const r = await read(hub());
    expect(r).toMatchObject({ mrn: '88213', dob: '1961-09-30' });
    expect(r?.location).toBeUndefined();
  });

  it('is the client\'s beside the stay\'s dates', async () => {
    const r = await read(hub('<tr><td>Admit Date</td><td>11/29/2026</td><td>Unit</td><td>4 West</td></tr>'));
    expect(r).toMatchObject({ admitDate: '2026-11-29', location: '4 West' });
  });
});

describe('a header name with a middle initial', () => {
  const page = (detail: string) =>
    `<div class="record-header"><h1>Desmond K. Achterberg</h1><p>Medical Record Number</p><p>HC-0091823</p><p>Birthdate</p><p>3/18/1957</p></div>` +
    `<section><div class="row"><span>Name</span><div>${detail}</div></div><div class="row"><span>Gender</span><div>Male</div></div></section>`;

  it('is read whole where the record prints the middle name', async () => {
    expect((await read(page('Mr. Desmond Kwame Achterberg')))?.name).toBe('Desmond Kwame Achterberg');
  });

  it('stays as shown when the whole name is someone else\'s', async () => {
    expect((await read(page('Josephine Kaye Achterberg')))?.name).toBe('Desmond K. Achterberg');
  });
});

describe('a banner line whose age disagrees with its birth date', () => {
  const banner = (age: string) => `<div class="patient-banner"><h1>Philippa Oduya-Strand</h1><div><span>Female</span> · <span>${age}</span> · <span>DOB 02/09/1958</span> · <span>MRN MA-7730914</span></div></div>`;

  it('gives no sex (the age and sex are another person\'s)', async () => {
    const r = await read(banner('41 yrs'));
    expect(r).toMatchObject({ dob: '1958-02-09', mrn: 'MA-7730914' });
    expect(r?.sex).toBeUndefined();
  });

  it('gives the sex when the age agrees', async () => {
    expect((await read(banner('68 yrs')))?.sex).toBe('F');
  });
});

describe('a name labelled in another person\'s section', () => {
  it('is theirs: the PCP quick view\'s "Full Name" never names the client', async () => {
    const r = await read(
      `<h1 title="FAIRWEATHER, MOHAMMED K">FAIRWEATHER, MOHAMMED K<span> - Unsaved changes</span></h1>` +
        `<section aria-label="Contact information"><div><label>Born</label><input aria-label="Born" value="06/24/1952"></div><div><label>Mobile</label><input aria-label="Mobile" value="566.555.0198"></div></section>` +
        `<section aria-label="Primary care provider"><h2>Primary Care Provider</h2><div><label>Full Name</label><div>Dr. Samuel Ortiz</div></div></section>`,
    );
    expect(r?.name ?? '').not.toMatch(/Ortiz/);
  });
});

describe('a practice\'s name heading a printed report', () => {
  it('never names the client', async () => {
    const r = await read(
      `<div id="report"><div class="text-center"><h2>Lakeside Family Practice</h2><p>1400 Harbor Drive, Milwaukee</p></div><h3>Patient Report</h3>` +
        `<table class="pat-header"><tr><td><b>PATIENT</b> OKAFOR, RAYMOND C</td><td><b>Generated on</b> 2026-12-03</td></tr><tr><td><b>Patient ID</b> 20417</td><td><b>DOB</b> 1961-04-22</td></tr>` +
        `<tr><td><b>Provider</b> Helen Marsh, MD</td><td><b>Printed by</b> Billie Administrator</td></tr></table>` +
        `<h4>Demographics</h4><table><tr><td>Sex</td><td>Male</td><td>Home Phone</td><td>(414) 555-0136</td></tr></table></div>`,
    );
    expect(r?.name ?? '').not.toMatch(/Practice/);
  });
});
