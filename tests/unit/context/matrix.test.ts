import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterMatchesUrl } from '../../../src/context/adapters/index';

describe('adapter URL matrix', () => {
  it('has the built-in products', () => {
    const ids = ADAPTERS.map((a) => a.id);
    for (const id of ['openemr', 'openmrs3', 'openmrs2', 'medplum', 'salesforce-lightning', 'hubspot', 'dynamics365', 'hapi-fhir', 'ccda']) expect(ids).toContain(id);
  });
  for (const adapter of ADAPTERS) {
    for (const url of adapter.sampleUrls) {
      // Root-mounted FHIR servers share Medplum's URLs: the page's marker tells them apart.
      it(`${adapter.id}: ${url} matches it, and any other adapter it matches has another marker`, () => {
        const matching = ADAPTERS.filter((a) => adapterMatchesUrl(a, url));
        expect(matching.map((a) => a.id)).toContain(adapter.id);
        for (const other of matching) if (other !== adapter) expect(other.marker).not.toBe(adapter.marker);
      });
    }
  }
  it('SaaS adapters need their host', () => {
    const byId = (id: string) => ADAPTERS.find((a) => a.id === id)!;
    expect(adapterMatchesUrl(byId('salesforce-lightning'), 'https://evil.example.com/lightning/r/Account/001Dn00000XyZaBIAV/view')).toBe(false);
    expect(adapterMatchesUrl(byId('hubspot'), 'https://app.hubspot.com.evil.example/contacts/1/record/0-1/2')).toBe(false);
    expect(adapterMatchesUrl(byId('dynamics365'), 'https://contoso.crm.dynamics.com/main.aspx?pagetype=entitylist&etn=contact')).toBe(false);
  });
});
