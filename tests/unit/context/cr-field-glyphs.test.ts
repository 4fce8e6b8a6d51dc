import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** Read-only form fields drawn with a glyph beside their control (crm-control-adornment.ts); markup of our own. */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Client: Ottilie Brandvold-Asante</title></head><body>${html}</body></html>`, 'text/html');
const field = (label: string, control: string) => `<div class="row"><div class="cap"><label>${label}</label></div><div class="ctl">${control}</div></div>`;
const read = (...fields: string[]) =>
  extractClientContext(
    parse(`<main><h1 class="record-title">Ottilie Brandvold-Asante</h1><section aria-label="Client">${field('Client Number', '<input type="text" value="OB-5531207">')}${fields.join('')}</section></main>`),
    'https://records.care-example.org/forms/client?id=77e1',
  );

describe('a read-only control beside a glyph of its own', () => {
  it("reads a phone past its call link's handset", async () => {
    const r = await read(field('Birthday', '<input type="text" value="2/19/1957">'), field('Mobile Phone', '<input type="text" value="(612) 555-0133"><a href="tel:6125550133" aria-label="Call Mobile Phone">☎</a>'));
    expect(r?.phone).toBe('(612) 555-0133');
  });

  it("reads a locked field past its padlock, an icon element or a labelled glyph", async () => {
    expect((await read(field('Birthday', '<input type="text" value="2/19/1957" readonly><span aria-label="Locked">🔒</span>')))?.dob).toBe('1957-02-19');
    expect((await read(field('Birthday', '<input type="text" value="2/19/1957" readonly><i class="icon-lock"></i>')))?.dob).toBe('1957-02-19');
  });

  it('never reads the control when the wrapper shows words or digits of its own', async () => {
    const r = await read(field('Birthday', '<input type="text" value="2/19/1957"><a href="#">Age unknown</a>'), field('Mobile Phone', '<input type="text" value="(612) 555-0133"><span aria-label="Extension">x12</span>'));
    expect(r?.dob).toBeUndefined();
    expect(r?.phone).toBeUndefined();
  });
});
