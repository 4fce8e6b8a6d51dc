import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** Form fields whose control sits beside buttons of its own (crm-control-adornment.ts); markup of our own. */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Patient: Lisandro Quayle-Amadi</title></head><body>${html}</body></html>`, 'text/html');
const read = (field: string) =>
  extractClientContext(
    parse(
      `<main><h1 data-id="header_title">Lisandro Quayle-Amadi</h1><section aria-label="General">` +
        `<div><label>Medical Record Number</label><div><input type="text" value="LQ-2209417"></div></div>` +
        `<div><label>Birthday</label>${field}</div></section></main>`,
    ),
    'https://care.crm.example.org/main.aspx?etn=contact&id=41f2',
  );

describe('a form control beside its own buttons', () => {
  it('reads the control past a date picker button and a role=button icon with assistive text', async () => {
    expect((await read('<div><input type="text" value="10/4/1952"><button type="button" aria-label="Calendar">📅</button></div>'))?.dob).toBe('1952-10-04');
    expect((await read('<div><input type="text" value="10/4/1952"><span role="button"><span class="assistive">Select a date for Birthday</span></span></div>'))?.dob).toBe('1952-10-04');
  });

  it('never takes the control for the value when the wrapper shows other text', async () => {
    expect((await read('<div><input type="text" value="10/4/1952"><span>Age unknown</span></div>'))?.dob).toBeUndefined();
  });
});
