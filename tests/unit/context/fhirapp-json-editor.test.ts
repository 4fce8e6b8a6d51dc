import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** A resource page's JSON tab: the Patient in an editable textarea under a header that shows no birth date (fhir-json-editor.ts). Markup of our own. */
const URL = 'https://console.example.org/r/Patient/aa-19/json';
const patient = { resourceType: 'Patient', id: 'aa-19', identifier: [{ type: { coding: [{ code: 'MR' }] }, value: 'AA-001919' }], name: [{ family: 'Wetherall', given: ['Clemency'] }], gender: 'female', birthDate: '1957-08-08' };
const read = (box: string) => {
  const html = `<!DOCTYPE html><html><body><div class="tabs"><span>Details</span><span>JSON</span></div>${box}<button>OK</button></body></html>`;
  return extractClientContext(new DOMParser().parseFromString(html, 'text/html'), URL);
};

describe('a FHIR resource in a JSON tab textarea', () => {
  it('is read as the resource shown', async () => {
    expect(await read(`<textarea rows="20">${JSON.stringify(patient, null, 2)}</textarea>`)).toMatchObject({ name: 'Clemency Wetherall', mrn: 'AA-001919', dob: '1957-08-08', sex: 'F' });
  });

  it('is not read when the textarea is hidden', async () => {
    expect(await read(`<textarea hidden>${JSON.stringify(patient)}</textarea>`)).toBeNull();
  });
});
