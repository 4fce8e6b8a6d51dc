import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** A place labelled beside the signed-in user's badge in the app's top bar (user-bar-place.ts); markup of our own. */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Chart</title></head><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://ehr.example.org/chart/person/55120', { today: '2026-12-07' });
const bar = (badge: string) =>
  `<div class="app-header"><span class="${badge}" title="Current user">Quillon, Adaeze NP</span><span class="app-location">Location: Brookfield Family Practice</span><span class="app-practice">Practice: 0012</span></div>`;
const banner =
  '<div class="pt-banner"><table role="presentation"><tr><td><span class="pt-name">Marchetti, Silvano</span></td><td><span>Chart #</span> <span>BF-20931</span></td></tr>' +
  '<tr><td><span>DOB/Age</span> <span>04/11/1958 (68 yrs)</span></td><td><span>Sex</span> <span>M</span></td><td><span>Home Ph</span> <span>(303) 555-0141</span></td></tr></table></div>';

describe('a place beside the signed-in user in the top bar', () => {
  it("is the user's login location, not the client's", async () => {
    const reading = await read(bar('current-user') + banner);
    expect(reading).toMatchObject({ name: 'Silvano Marchetti', mrn: 'BF-20931', dob: '1958-04-11' });
    expect(reading?.location).toBeUndefined();
  });
});
