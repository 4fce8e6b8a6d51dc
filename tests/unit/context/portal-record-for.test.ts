import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A portal's proxy view captions the record shown as "Health Record for:" or "Showing records for", while the
 * signed-in account holder is greeted elsewhere on the page (portal-labels.ts). Markup of our own, synthetic people.
 */
const read = async (html: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Visits</title></head><body>${html}</body></html>`, 'https://phr.example.org/Home/Health/Visits', extractClientContext)).reading;

describe('a portal record captioned "Health Record for:"', () => {
  it('is a name caption, a title saying what a summary is for is not', () => {
    expect(matchLabel('Health Record for:')?.field).toBe('name');
    expect(matchLabel('Showing records for')?.field).toBe('name');
    expect(matchLabel('Health Summary for')).toBeNull();
  });

  it('reads the proxied dependant, never the greeted account holder', async () => {
    const r = await read(
      `<div class="bar"><span>MyHealthSpace</span><span>Welcome, Ottilie Brandvold</span></div>
       <div class="caption">Health Record for: Severin Brandvold</div>
       <aside><p>Severin Brandvold</p><p>Born 04/09/2012 · Male</p></aside>
       <h1>Visits</h1><table><tr><th>Type</th><th>Location</th><th>Date</th></tr><tr><td>Office Visit</td><td>Fjord Pediatrics</td><td>10/02/2026</td></tr></table>`,
    );
    expect(r?.name).toBe('Severin Brandvold');
    expect(r?.dob).toBe('2012-04-09');
  });
});
