import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * A HAPI FHIR server answering a browser (its response highlighter: the narrative, then the resource as
 * JSON, one line per div). The adapter reads the narrative; the JSON printed below it completes what the
 * narrative template leaves out. Resource and markup of our own in that shape.
 */
const URL = 'https://fhir.example-hie.net/baseR4/Patient/58812';
const patient = (name: unknown[], extra: Record<string, unknown> = {}) => ({
  resourceType: 'Patient',
  id: '58812',
  identifier: [{ system: 'urn:oid:1.2.3.4.5.6', value: 'HX-558120' }],
  name,
  telecom: [{ system: 'phone', value: '555-418-2290', use: 'home' }],
  gender: 'male',
  birthDate: '1939-12-01',
  ...extra,
});
const page = (json: object) => {
  const lines = JSON.stringify(json, null, 2)
    .split('\n')
    .map((l, i) => `<div id="line${i + 1}">${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</div>`)
    .join('');
  return new DOMParser().parseFromString(
    '<html><body><p>This result is being rendered in HTML for easy viewing.</p><h1>Narrative</h1><div class="narrativeBody"><div xmlns="http://www.w3.org/1999/xhtml">' +
      '<div class="hapiHeaderText">Bartholomew <b>QUINTERO-VALE </b></div><table class="hapiPropertyTable"><tbody><tr><td>Identifier</td><td>HX-558120</td></tr>' +
      '<tr><td>Date of birth</td><td><span>01 December 1939</span></td></tr></tbody></table></div></div>' +
      `<h1>Response Body</h1><div class="responseBodyTable"><div class="responseBodyTableSecondColumn"><pre>${lines}</pre></div></div></body></html>`,
    'text/html',
  );
};

describe("a HAPI server's resource view", () => {
  it("completes the adapter's reading with the sex and phone its JSON gives", async () => {
    expect(await extractClientContext(page(patient([{ family: 'Quintero-Vale', given: ['Bartholomew'] }])), URL)).toMatchObject({
      source: 'hapi-fhir',
      name: 'Bartholomew Quintero-Vale',
      mrn: 'HX-558120',
      dob: '1939-12-01',
      sex: 'M',
      phone: '555-418-2290',
    });
  });

  it('takes nothing from JSON about someone else', async () => {
    const other = await extractClientContext(page(patient([{ family: 'Vale', given: ['Rosamund'] }])), URL);
    expect(other?.name).toBe('Bartholomew Quintero-Vale');
    expect(other?.sex).toBeUndefined();
    expect(other?.phone).toBeUndefined();
  });
});
