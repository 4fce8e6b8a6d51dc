import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A Bundle viewer heads each entry with its resource type and id apart ("Practitioner <small>pr-7</small>"),
 * not as a reference: an entry of a practitioner's resource labels that person's values (scr-others-section.ts).
 * Our own markup.
 */
const entry = (head: string, pairs: [string, string][]) =>
  `<section><h3>${head}</h3><dl>${pairs.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl></section>`;
const page = (entries: string) => `<!DOCTYPE html><html><head><title>Bundle viewer</title></head><body><h1>Collection, 2 entries</h1>${entries}</body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://tools.example.net/viewer/?bundle=7', extractClientContext)).reading;
const patient = entry('Patient <small>pt-4410</small>', [['Name', 'Wilhelmina Osei-Barnes'], ['birthDate', '1961-05-30'], ['gender', 'female']]);

describe("a bundle viewer's entry headed by another resource's type and id", () => {
  it("reads no record number from the practitioner's entry", async () => {
    const html = page(patient + entry('Practitioner <small>pr-2091</small>', [['identifier', 'NPI 1730042291'], ['telecom', '(503) 555-0400']]));
    const reading = await read(html);
    expect(reading).toMatchObject({ name: 'Wilhelmina Osei-Barnes', dob: '1961-05-30' });
    expect(reading?.mrn).toBeUndefined();
    expect(reading?.phone).toBeUndefined();
  });
});
