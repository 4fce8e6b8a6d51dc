import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractClientContext } from '../../../src/context/extract';
import { selectorFor } from '../../../src/context/selectors';
import type { SiteProfile } from '../../../src/model/context';

const ORIGIN = 'http://127.0.0.1:8765';
// The stylesheet link goes: happy-dom would try to fetch it, and reading needs no styles here.
const load = (file: string) =>
  new DOMParser().parseFromString(readFileSync(`demo/static/${file}`, 'utf8').replace(/<link[^>]*>/, ''), 'text/html');
const first = load('unknown-ehr.html');
const second = load('unknown-ehr-2.html');

/** What a user teaches by clicking name, MRN and DOB on the first chart. */
function taught(): SiteProfile {
  const [mrn, , dob] = first.querySelectorAll('.zz-row > span');
  const pick = (el: Element | null | undefined) => selectorFor(el as Element) as string;
  return { origin: ORIGIN, selectors: { name: pick(first.querySelector('.zz-a1')), mrn: pick(mrn), dob: pick(dob) }, dateOrder: 'MDY' };
}

describe('the demo system no reader knows', () => {
  test('no adapter and no generic rule reads it', async () => {
    expect(await extractClientContext(first, `${ORIGIN}/static/unknown-ehr.html`)).toBeNull();
    expect(await extractClientContext(second, `${ORIGIN}/static/unknown-ehr-2.html`)).toBeNull();
  });

  test('selectors picked on one chart read the next chart of the same system', async () => {
    const profile = taught();
    expect(await extractClientContext(first, `${ORIGIN}/static/unknown-ehr.html`, { profile })).toMatchObject({
      name: 'Jane M. Doe',
      mrn: 'AT-1912',
      dob: '1950-01-05',
      source: 'profile',
    });
    expect(await extractClientContext(second, `${ORIGIN}/static/unknown-ehr-2.html`, { profile })).toMatchObject({
      name: 'Jose Nunez',
      mrn: 'AT-2207',
      dob: '1948-11-23',
      source: 'profile',
    });
  });

  test('the profile of another origin is not used', async () => {
    const profile = { ...taught(), origin: 'http://127.0.0.1:9999' };
    expect(await extractClientContext(first, `${ORIGIN}/static/unknown-ehr.html`, { profile })).toBeNull();
  });
});
