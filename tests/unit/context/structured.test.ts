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
  it('reads a script block again once its text changes, having found no patient in it before', async () => {
    const doc = parse('<script type="application/fhir+json">{"resourceType": "Organization", "name": "Acme"}</script>');
    const block = doc.querySelector('script') as HTMLScriptElement;
    expect(await extractClientContext(doc, 'https://app.example.org/x')).toBeNull();
    block.textContent = JSON.stringify(patient('Lee', 'A-1'));
    expect(await extractClientContext(doc, 'https://app.example.org/x')).toMatchObject({ name: 'Ann Lee', mrn: 'A-1' });
    block.textContent = '{"resourceType": "Organization", "name": "Acme"}';
    expect(await extractClientContext(doc, 'https://app.example.org/x')).toBeNull();
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

describe('a patient kept in a store\'s own camelCase shape (GraphQL, Apollo, Redux)', () => {
  const banner = (name: string) => `<header class="banner"><h1>${name}</h1><span>Room 4B</span></header>`;
  const state = (value: unknown, how: 'next' | 'assign') =>
    how === 'next' ? `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(value)}</script>` : `<script>window.__INITIAL_STATE__ = ${JSON.stringify(value)};</script>`;
  const apollo = {
    'Patient:77': { __typename: 'Patient', id: '77', firstName: 'Marisol', lastName: 'Quintero', dateOfBirth: '1948-03-09', mrn: 'QX-20417' },
    'Admission:5': { __typename: 'Admission', patientId: '77', admitDate: '2026-11-28', dischargeDate: '2026-12-06' },
    'User:1': { __typename: 'User', firstName: 'Kay', lastName: 'Reporter', dateOfBirth: '1980-01-01' },
  };

  it('reads a Patient-typed object and its admission when the page shows that person', async () => {
    expect(await read(banner('Marisol Quintero') + state({ props: { apolloState: apollo } }, 'next'))).toMatchObject({
      name: 'Marisol Quintero',
      mrn: 'QX-20417',
      dob: '1948-03-09',
      admitDate: '2026-11-28',
      dischargeDate: '2026-12-06',
    });
  });

  it('reads the untyped object under a `patient` key, a numeric record number and a patient-level admit date', async () => {
    const redux = { session: { currentUser: { firstName: 'Kay', lastName: 'Reporter' } }, patient: { givenName: 'Tobias', familyName: 'Brandt', dob: '1961-07-22', medicalRecordNumber: 5512093, admissionDate: '2026-12-01' } };
    expect(await read(banner('Tobias Brandt') + state(redux, 'assign'))).toMatchObject({ name: 'Tobias Brandt', mrn: '5512093', dob: '1961-07-22', admitDate: '2026-12-01' });
  });

  it('reads the patient, never the user, provider or author the page also shows, and no one it does not show', async () => {
    const staff = {
      currentUser: { __typename: 'User', firstName: 'Kay', lastName: 'Reporter', dateOfBirth: '1980-01-01', mrn: 'U-1' },
      provider: { __typename: 'Provider', firstName: 'Lena', lastName: 'Ortiz', dob: '1975-02-02' },
      note: { author: { firstName: 'Sam', lastName: 'Ives', dob: '1990-05-05' } },
      patient: { firstName: 'Marisol', lastName: 'Quintero', dateOfBirth: '1948-03-09', mrn: 'QX-20417' },
    };
    const page = '<nav>Signed in as Kay Reporter</nav><p>Attending: Dr Lena Ortiz · Note by Sam Ives</p>';
    expect(await read(page + banner('Marisol Quintero') + state(staff, 'next'))).toMatchObject({ name: 'Marisol Quintero', mrn: 'QX-20417', dob: '1948-03-09' });
    expect(await read(page + state(staff, 'next'))).toBeNull();
  });

  it('reads the one of two stored patients the page shows, and gives up when it shows both', async () => {
    const two = { ...apollo, 'Patient:78': { __typename: 'Patient', id: '78', firstName: 'Ruth', lastName: 'Okafor', dateOfBirth: '1939-10-10', mrn: 'QX-30001' } };
    expect(await read(banner('Ruth Okafor') + state({ props: { apolloState: two } }, 'next'))).toMatchObject({ name: 'Ruth Okafor', mrn: 'QX-30001' });
    expect(await read(`<ul><li>Marisol Quintero</li><li>Ruth Okafor</li></ul>` + state({ props: { apolloState: two } }, 'next'))).toBeNull();
  });
});
