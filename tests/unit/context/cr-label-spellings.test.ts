import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';

/** Label spellings of CRM contact forms (labels.ts); markup of our own. */
describe("a CRM contact's phone labels", () => {
  it("reads 'Business Phone' as the contact's phone, as 'Work Phone' is", () => {
    expect(matchLabel('Business Phone')?.field).toBe('phone');
    expect(matchLabel('Business Phone:')?.field).toBe('phone');
    expect(matchLabel('Business Unit')?.field).not.toBe('phone');
  });

  it('reads it from a form header that prints the value above its caption', async () => {
    const doc = new DOMParser().parseFromString(
      `<!DOCTYPE html><html><head><title>Contact: Leocadia Ferreira-Obi</title></head><body><main><div data-id="form-header"><h1 data-id="header_title">Leocadia Ferreira-Obi</h1>` +
        `<div class="hf"><div>(952) 555-0174</div><div><label>Business Phone</label></div></div><div class="hf"><div>Ruth Abernathy</div><div><label>Owner</label></div></div></div>` +
        `<section aria-label="GENERAL"><div><label>Medical Record Number</label><div><input type="text" value="QP-771204"></div></div><div><label>Birthday</label><div><input type="text" value="4/1/1950"></div></div></section></main></body></html>`,
      'text/html',
    );
    const r = await extractClientContext(doc, 'https://crm.care-example.org/forms/contact?id=71c2');
    expect(r?.name).toBe('Leocadia Ferreira-Obi');
    expect(r?.phone).toBe('(952) 555-0174');
  });
});
