import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A housing programme's enrolment labels the client's apartment "Unit" beside the enrolment's start: a street
 * address is a home, not a stay's place (home-address.ts). A ward and bed under the same label is still read.
 * Markup of our own, synthetic people.
 */
const page = (unit: string) =>
  `<!DOCTYPE html><html><head><title>Enrollment</title></head><body><div class="user">Signed in: Casimir Oduya</div>
<h1>Marguerite Ellingsen-Obi</h1>
<div class="grid"><div class="c"><div class="k">Client ID</div><div class="v">55021</div></div>
<div class="c"><div class="k">Birth date</div><div class="v">Jan 30, 1979</div></div>
<div class="c"><div class="k">Admission Date</div><div class="v">Oct 5, 2026</div></div>
<div class="c"><div class="k">Unit</div><div class="v">${unit}</div></div></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://housing.example.org/clients/55021/enrollment', extractClientContext)).reading;

describe('a street address as the unit', () => {
  it('is no location of the stay', async () => {
    for (const unit of ['1180 Alder St Apt 4C', '37 N. Birchwood Lane']) {
      const reading = await read(page(unit));
      expect(reading, unit).toMatchObject({ name: 'Marguerite Ellingsen-Obi', mrn: '55021', admitDate: '2026-10-05' });
      expect(reading?.location, unit).toBeUndefined();
    }
  });
  it('while a ward and bed is', async () => {
    expect((await read(page('4 West, Bed 12')))?.location).toBe('4 West, Bed 12');
  });
});
