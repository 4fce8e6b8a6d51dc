import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** A CRM record page's record held in app state with its fields wrapped (crm-record-state.ts); markup of our own. */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Contact</title></head><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://crm.example.org/lightning/r/Contact/003Aa0000012xYz/view', { today: '2026-12-07' });
const wrap = (fields: Record<string, string>) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { value: v, displayValue: null }]));
const page = (shown: string, extra: Record<string, string> = {}) =>
  `<header><span class="user-menu">Signed in: Corwin Tallis</span></header><main><h1>${shown}</h1><p>Loading details…</p>` +
  `<ul class="related"><li>Benedetta Okoro · Mother · 555-201-7781</li></ul></main>` +
  `<script type="application/json" id="record-state">${JSON.stringify({
    record: { apiName: 'Contact', id: '003Aa0000012xYz', fields: wrap({ FirstName: 'Ines', LastName: 'Okoro', Birthdate: '1960-02-03', Acme__Medical_Record_Number__c: 'MR-44107', MobilePhone: '555-201-3344', ...extra }) },
    related: [{ apiName: 'Contact', id: '003Aa0000012xZa', fields: wrap({ FirstName: 'Benedetta', LastName: 'Okoro', Birthdate: '1934-09-12', Acme__Medical_Record_Number__c: 'MR-30122' }) }],
  })}</script>`;

describe('a CRM record kept in app state with wrapped fields', () => {
  it('reads the record the page shows, its custom record number unmarked', async () => {
    expect(await read(page('Ines Okoro'))).toMatchObject({ name: 'Ines Okoro', mrn: 'MR-44107', dob: '1960-02-03', phone: '555-201-3344' });
  });

  it('never reads a number a custom field names for someone else, nor a related contact', async () => {
    const noOwn = page('Ines Okoro').replace(/"Acme__Medical_Record_Number__c":\{"value":"MR-44107","displayValue":null\}/, '"Mother_MRN__c":{"value":"MR-30122","displayValue":null}');
    expect((await read(noOwn))?.mrn).not.toBe('MR-30122');
    const reading = await read(page('Benedetta Okoro'));
    expect(reading === null || reading.name === 'Benedetta Okoro').toBe(true);
    expect(reading?.mrn).not.toBe('MR-44107');
  });
});
