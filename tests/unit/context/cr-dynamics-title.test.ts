import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** The Dynamics 365 adapter's record name from a header title that ends with the save state (parse/names.ts); markup of our own. */
const URL = 'https://northfield-care.crm.dynamics.com/main.aspx?appid=1d2c&pagetype=entityrecord&etn=contact&id=5e1a';
const form = (title: string) =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><body><div data-id="editFormRoot"><div data-id="form-header"><h1 data-id="header_title" title="${title}">Rosamund Achterberg-Yeboah<span>- Saved</span></h1></div>` +
      `<section aria-label="GENERAL"><div data-id="birthdate-FieldSectionItemContainer"><label>Birthday</label><div><input type="text" value="3/30/1944"></div></div>` +
      `<div data-id="cr_mrn-FieldSectionItemContainer"><label>Medical Record Number</label><div><input type="text" value="NF-40917"></div></div></section></div></body></html>`,
    'text/html',
  );

describe('the Dynamics 365 header title', () => {
  it("reads the name without the form's save state its title ends with", async () => {
    for (const state of ['- Saved', ' - Unsaved', '– Read-only']) {
      const r = await extractClientContext(form(`Rosamund Achterberg-Yeboah${state}`), URL);
      expect(r?.name).toBe('Rosamund Achterberg-Yeboah');
      expect(r?.mrn).toBe('NF-40917');
    }
  });

  it('keeps a name that only contains such a word', async () => {
    expect((await extractClientContext(form('Saved Okonjo-Marsh'), URL))?.name).toBe('Saved Okonjo-Marsh');
  });
});
