import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://app.example.org/x');
const patient = (family: string, id: string) => ({ resourceType: 'Patient', name: [{ family, given: ['Ann'] }], identifier: [{ value: id }], birthDate: '1950-01-05' });

describe('structured data', () => {
  it('reads one FHIR Patient and skips SSN identifiers', async () => {
    const p = { ...patient('Lee', 'A-1'), identifier: [{ system: 'http://hl7.org/fhir/sid/us-ssn', value: '123-45-6789' }, { value: 'A-1' }] };
    expect(await read(`<script type="application/fhir+json">${JSON.stringify(p)}</script>`)).toMatchObject({ name: 'Ann Lee', mrn: 'A-1', dob: '1950-01-05' });
  });
  it('gives up on a Bundle of several patients', async () => {
    const bundle = { resourceType: 'Bundle', entry: [{ resource: patient('Lee', 'A-1') }, { resource: patient('Kim', 'A-2') }] };
    expect(await read(`<script type="application/json">${JSON.stringify(bundle)}</script>`)).toBeNull();
  });
  it('ignores an article author and malformed or oversized JSON', async () => {
    const article = { '@context': 'https://schema.org', '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Kay Reporter', birthDate: '1980-01-01' } };
    expect(await read(`<script type="application/ld+json">${JSON.stringify(article)}</script>`)).toBeNull();
    expect(await read('<script type="application/ld+json">{"@type": "Person", "name": </script>')).toBeNull();
    const huge = JSON.stringify({ ...patient('Lee', 'A-1'), pad: 'x'.repeat(600_000) });
    expect(await read(`<script type="application/fhir+json">${huge}</script>`)).toBeNull();
  });
  it('refuses when the structured data and the banner disagree', async () => {
    const html = `<script type="application/fhir+json">${JSON.stringify(patient('Lee', 'A-1'))}</script>
      <div class="patient-banner"><dl><dt>Patient name</dt><dd>Kim, Bo</dd><dt>MRN</dt><dd>A-2</dd></dl></div>`;
    expect(await read(html)).toBeNull();
  });
});

describe('a FHIR resource printed as JSON on the page', () => {
  const shown = (json: unknown, attrs = '') => `<h2>Patient</h2><p>Name: Ann Lee</p><p>MRN: A-1</p><pre${attrs}>${JSON.stringify(json, null, 2)}</pre>`;
  const withContact = { ...patient('Lee', 'A-1'), gender: 'female', telecom: [{ system: 'phone', value: '(559) 555-0148' }] };

  it('completes what the page shows with the fields only the JSON holds', async () => {
    expect(await read(shown(withContact))).toMatchObject({ name: 'Ann Lee', mrn: 'A-1', dob: '1950-01-05', sex: 'F', phone: '(559) 555-0148' });
  });

  it('is not read when hidden, and a different patient in it makes the page unreadable', async () => {
    expect((await read(shown(withContact, ' hidden')))?.phone).toBeUndefined();
    expect(await read(shown({ ...withContact, name: [{ family: 'Kim', given: ['Bo'] }], identifier: [{ value: 'A-2' }] }))).toBeNull();
  });
});
