import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** An Encounter narrative's Locations table beside its period (fhir-locations.ts). Markup of our own, synthetic people. */
const patient = `<section><h2>Patient/pt-20</h2><div xmlns="http://www.w3.org/1999/xhtml"><p style="border: 1px solid">Odile BRANNIGAN  Female, DoB: 1941-03-07 ( Medical Record Number: QX-2201)</p></div></section>`;
const encounter = (rows: string[], period = true) =>
  `<section><h2>Encounter/enc-7</h2><div xmlns="http://www.w3.org/1999/xhtml"><p><b>status</b>: finished</p>${period ? '<p><b>period</b>: 2026-11-20 08:15:00+0000 --&gt; 2026-11-27 13:40:00+0000</p>' : ''}` +
  `<h3>Locations</h3><table class="grid"><tr><td>-</td><td><b>Location</b></td><td><b>Status</b></td></tr>${rows.map((r) => `<tr><td>*</td><td><a href="#">Location/w-${r.length}</a> "${r}"</td><td>completed</td></tr>`).join('')}</table></div></section>`;
const read = async (body: string) => (await readInHappyDom(`<!DOCTYPE html><html><head><title>Patient/pt-20/$everything</title></head><body><h1>Bundle (searchset)</h1>${body}</body></html>`, 'https://fhir.example.org/explorer/Patient/pt-20/$everything', extractClientContext)).reading;

describe("an Encounter narrative's Locations table", () => {
  it('reads the one location beside the period', async () => {
    expect(await read(patient + encounter(['Ward 5C Bed 14']))).toMatchObject({ name: 'Odile Brannigan', admitDate: '2026-11-20', location: 'Ward 5C Bed 14' });
  });

  it('reads none of several locations, nor one with no period beside it', async () => {
    expect((await read(patient + encounter(['Ward 5C Bed 14', 'ICU Bed 2'])))?.location).toBeUndefined();
    expect((await read(patient + encounter(['Ward 5C Bed 14'], false)))?.location).toBeUndefined();
  });
});
