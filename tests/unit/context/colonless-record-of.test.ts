import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { colonlessName } from '../../../src/context/generic/colonless-name';

/**
 * A portal's caption of the record shown ("Health Record for …"), its colon gone (markup of our own, after the corpus's
 * no-label-colons mutation): the preposition says whom the record is about, never the signed-in proxy.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>My Health</title></head><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://portal.example.org/records/visits');

describe('a record caption ending in "for" or "of" without its colon', () => {
  it("reads the child a proxy's portal shows, never the signed-in parent", async () => {
    const page = `<header><span>MyChart Kids</span> <span>Welcome, Henrik Fairholm</span></header>
<div>Health Record for Linnea Fairholm</div>
<aside><p>Linnea Fairholm</p><p>Born 05/19/2014 · Female</p></aside>
<h1>Visits</h1><table><tr><th>Type</th><th>Location</th><th>Admitted</th><th>Discharged</th></tr>
<tr><td>Inpatient</td><td>Lakeview Children's Hospital</td><td>10/02/2026</td><td>10/05/2026</td></tr></table>`;
    expect(await read(page)).toMatchObject({ name: 'Linnea Fairholm', dob: '2014-05-19', sex: 'F' });
  });

  it("takes only a name's label that ends in its preposition, before a name's shape", () => {
    expect(colonlessName('Health Record for Linnea Fairholm')).toEqual({ label: 'Health Record for', value: 'Linnea Fairholm' });
    expect(colonlessName('Medical records of Linnea Fairholm')).toEqual({ label: 'Medical records of', value: 'Linnea Fairholm' });
    expect(colonlessName('Viewing Linnea Fairholm')).toBeNull();
    expect(colonlessName('Health Record for Proxy Access Requests')).toBeNull();
    expect(colonlessName('Sign up for Health Alerts')).toBeNull();
  });
});
