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
