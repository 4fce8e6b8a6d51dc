import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A blood bank's patient screen labels the ward beside the patient's name and record number, with no admission on
 * the page (identity-group-place.ts). Markup of our own, synthetic people.
 */
const page = (placeRow: string, toolbar = '') => `<!DOCTYPE html><html><head><title>Unit inquiry</title></head><body>
  <div class="bar">Transfusion service ${toolbar} &middot; tech R. Amadi</div>
  <dl class="pt">
    <dt>Patient</dt><dd>Quispe, Rosalind</dd>
    <dt>Hospital number</dt><dd>K7730215</dd>
    <dt>Born</dt><dd>1966-03-14</dd>
    ${placeRow}
  </dl>
  <p>Units reserved: W0011 26 440127 X (donor 5512093), issued to nurse Ellen Marsh.</p></body></html>`;

const read = async (html: string) => (await readInHappyDom(html, 'https://bb.example/inquiry/77', extractClientContext)).reading;

describe('a place labelled in the group that names the client', () => {
  it('is the client’s, with no stay on the page', async () => {
    expect((await read(page('<dt>Ward</dt><dd>Cardiac Step-Down 5C</dd>')))?.location).toBe('Cardiac Step-Down 5C');
    expect((await read(page('<dt>Room / Bed</dt><dd>714-A</dd>')))?.location).toBe('714-A');
  });

  it('not a place labelled outside that group, nor a facility, nor a place no ward or bed', async () => {
    const outside = await read(page('', '<span>Location:</span> <span>Main Lab B2</span>'));
    expect(outside?.name).toBe('Rosalind Quispe');
    expect(outside?.location).toBeUndefined();
    expect((await read(page('<dt>Facility</dt><dd>Northgate General</dd>')))?.location).toBeUndefined();
    expect((await read(page('<dt>Current location</dt><dd>Home (address on file)</dd>')))?.location).toBeUndefined();
  });
});
