import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

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
