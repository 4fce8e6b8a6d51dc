import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { normalizeLocation } from '../../../src/context/parse/fields';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A telehealth visit's "Location: Video chat" says how the visit meets, not where the client is (parse/fields.ts):
 * a location must be a place. Markup of our own, synthetic people.
 */
const page = (chip: string) =>
  `<!DOCTYPE html><html><head><title>Clinic</title></head><body><div class="top"><span>Clinic EHR</span></div><div class="patient-banner"><h1>Ingrid Sorensen</h1><span>MRN 47761</span><span>DOB 01/17/1997</span>${chip}</div><main><h2>Visit</h2></main></body></html>`;
const read = async (chip: string) => (await readInHappyDom(page(chip), 'https://ehr.example.org/chart/47761', extractClientContext)).reading;

describe('a location that is no place', () => {
  it('is not read from a telehealth visit', async () => {
    for (const where of ['Video chat', 'Telehealth', 'Virtual visit (Zoom)', 'Phone call']) {
      const r = await read(`<span>Location: ${where}</span>`);
      expect(r).toMatchObject({ name: 'Ingrid Sorensen', mrn: '47761' });
      expect(r?.location, where).toBeUndefined();
    }
  });

  it('keeps a place, even one named after remote care', async () => {
    expect(await read('<span>Location: 4 North, Bed 2</span>')).toMatchObject({ location: '4 North, Bed 2' });
    for (const place of ['Telehealth Center, Building 2', 'Home (MA)', 'Video Conference Room 3']) expect(normalizeLocation(place)).toBe(place);
  });
});
