import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * CRM detail pages lay a record out as rows of label, value, label, value (crm-pair-row.ts). Markup
 * of our own; the reading cases fail without the rule, the others guard against reading anyone else.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://crm.example.org/contacts/4471');
const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const record = (...rows: string[]) => `<h1>Mr. Leopold Abernethy-Sousa</h1><table>${row('First Name', 'Leopold', 'Last Name', 'Abernethy-Sousa')}${rows.join('')}</table>`;

describe('a contact detail table of label, value, label, value rows', () => {
  it('reads each value beside its label, also beside a label of the CRM\'s own', async () => {
    expect(await read(record(row('Region', 'Lower Valley', 'Date of Birth', 'Mar 9, 1951'), row('Client Number', 'LV-33107', 'Gender', 'Male')))).toMatchObject({
      name: 'Leopold Abernethy-Sousa',
      mrn: 'LV-33107',
      dob: '1951-03-09',
      sex: 'M',
    });
  });

  it('reads the client\'s number in a row the record\'s owner heads', async () => {
    expect(await read(record(row('Contact Owner', 'Dana Whitfield', 'Client Number', 'LV-33107'), row('Date of Birth', 'Mar 9, 1951', 'Mobile', '555-201-4410')))).toMatchObject({ mrn: 'LV-33107', dob: '1951-03-09' });
  });

  it('never reads a relative heading a row as the client', async () => {
    const r = await read(record(row('Next of Kin', 'Ines Abernethy', 'Date of Birth', 'Jul 2, 1980'), row('Client Number', 'LV-33107', 'Mobile', '555-201-4410')));
    expect(r?.dob).toBeUndefined();
    expect(r?.name).not.toMatch(/Ines/);
  });
});
