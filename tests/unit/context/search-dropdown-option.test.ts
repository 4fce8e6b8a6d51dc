import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A global search's dropdown of recent records (unpicked-option.ts): its options sit in presentational list
 * items, and what the items say is another record's. Markup of our own, synthetic people.
 */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Client</title></head><body>${body}</body></html>`, 'https://crm.example.org/people/77120', extractClientContext)).reading;

const dropdown = (selected = '') => `<header class="top">
  <input type="search" aria-label="Search" value="hald">
  <div role="listbox" aria-label="Recent records"><ul>
    <li role="presentation"><span role="option" class="opt"${selected}><span>Haldane, Perpetua</span><span class="meta">Client • MRN 55093318</span></span></li>
    <li role="presentation"><span role="option" class="opt"><span>Haldane Street Clinic</span><span class="meta">Location</span></span></li>
  </ul></div>
</header>`;

const record = `<main><div class="head"><div class="kind">Client</div><h1>Lysander Haldane-Okoro</h1>
  <ul class="facts">
    <li><p class="lbl">Medical Record Number</p><p class="val">31077204</p></li>
    <li><p class="lbl">Birthdate</p><p class="val">3/8/1962</p></li>
    <li><p class="lbl">Gender</p><p class="val">Male</p></li>
  </ul></div></main>`;

describe("a search dropdown's options around the record", () => {
  it('reads the record, not a recent record an option wrapped in a list item shows', async () => {
    const r = await read(dropdown() + record);
    expect(r?.name).toBe('Lysander Haldane-Okoro');
    expect(r?.mrn).toBe('31077204');
    expect(r?.dob).toBe('1962-03-08');
  });

  it('still never reads the option as the client', async () => {
    const r = await read(dropdown());
    expect(r).toBeNull();
  });
});
