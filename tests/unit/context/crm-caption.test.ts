import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** CRM form headers whose captions sit under their values (crm-caption.ts); markup of our own. */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Contact: Patient: Cassius Oduya-Lind - Dynamics 365</title></head><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://org.crm.example.org/main.aspx?etn=contact&id=77a1');
const form = (header: string) =>
  `<div data-id="form-header"><h1 data-id="header_title">Cassius Oduya-Lind</h1><div role="list">${header}<div role="listitem"><div>Wren Halvorsen</div><div>Owner</div></div></div></div>` +
  `<section aria-label="Details"><div><label>Birthday</label><input value="2/17/1966"></div></section>`;

describe('a form header that prints each value above its caption', () => {
  it('reads the value above the caption', async () => {
    expect(await read(form('<div role="listitem"><div>CL-0091152</div><div>Medical Record Number</div></div>'))).toMatchObject({ name: 'Cassius Oduya-Lind', mrn: 'CL-0091152', dob: '1966-02-17' });
  });

  it('never takes a cell before a label in a table, nor a value beside more than its caption', async () => {
    const table = '<table><tr><td>CL-0091152</td><td>Medical Record Number</td></tr></table>';
    expect((await read(form(table)))?.mrn).toBeUndefined();
    expect((await read(form('<div role="listitem"><div>CL-0091152</div><div>Medical Record Number</div><div>more</div></div>')))?.mrn).toBeUndefined();
  });
});
