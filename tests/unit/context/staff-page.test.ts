import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * A colleague's or a partner's record in a care tool's directory (staff-page.ts): a name heading over an
 * ID and a phone, wrapped in an app's root divs, reads like a client's card. Markup of our own.
 */
const card =
  '<div id="root"><div class="app"><div class="shell"><main><div class="view">' +
  '<h1>Imogen Falstaff-Reyes</h1><div class="card"><div><span>ID:</span> 51207</div>' +
  '<div><span>Phone:</span> (555) 204-7781</div><div><span>Team:</span> North Hub</div></div>' +
  '</div></main></div></div></div>';
const page = new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Profile</title></head><body>${card}</body></html>`, 'text/html');
const read = (url: string) => extractClientContext(page, url, { adapters: [] });

describe("a record of the organisation's own people", () => {
  it('is no client where the address names a staff, user, provider or partner record by its id', async () => {
    for (const url of [
      'https://coord.example.org/directory/partners/51207',
      'https://coord.example.org/staff/51207?tab=profile',
      'https://ehr.example.org/admin/users/51207/',
      'https://ehr.example.org/providers/NPI-1457302211#contact',
    ]) {
      expect(await read(url), url).toBeNull();
    }
  });

  it('still reads the same card where the address names a client, or a staff collection without an id', async () => {
    for (const url of ['https://coord.example.org/clients/51207', 'https://ehr.example.org/providers/42/patients/51207', 'https://portal.example.org/provider/chart?id=51207']) {
      expect(await read(url), url).toMatchObject({ name: 'Imogen Falstaff-Reyes', mrn: '51207' });
    }
  });
});
