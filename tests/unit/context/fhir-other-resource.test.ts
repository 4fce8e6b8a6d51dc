import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { showsOtherResource } from '../../../src/context/generic/fhir-other-resource';

/**
 * FHIR pages about a practitioner or a relative (fhir-other-resource.ts): their generated narrative
 * reads like a patient's. Markup of our own, in the "name: value" paragraph style of the FHIR tooling.
 */
const narrative =
  '<div xmlns="http://www.w3.org/1999/xhtml"><p><b>Generated Narrative</b></p>' +
  '<p><b>identifier</b>: State Licence = QX-448120 (OFFICIAL)</p><p><b>name</b>: Ottilie Branwen Farquhar </p>' +
  '<p><b>telecom</b>: ph: 555-301-7788(WORK)</p><p><b>gender</b>: female</p><p><b>birthDate</b>: 1969-04-21</p></div>';
const page = new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Resource</title></head><body>${narrative}</body></html>`, 'text/html');
const read = (url: string) => extractClientContext(page, url, { adapters: [] });

describe('a FHIR page about someone other than a patient', () => {
  it('is no client on a server, an implementation guide or a viewer addressing a practitioner or relative', async () => {
    for (const url of [
      'https://fhir.example-hie.net/baseR4/Practitioner/4471',
      'https://build.fhir.example/ig/kestrel/Practitioner-pract-ex-1.html',
      'https://viewer.example.org/render?resource=RelatedPerson/rp-12',
      'https://fhir.example-hie.net/tester/read?serverId=hie&resource=PractitionerRole&id=9',
    ]) {
      expect(await read(url), url).toBeNull();
    }
  });

  it('still reads the same narrative where the address names a patient or no resource', async () => {
    for (const url of ['https://fhir.example-hie.net/baseR4/Patient/4471', 'https://viewer.example.org/render?id=4471', 'https://fhir.example-hie.net/baseR4/Patient?general-practitioner=Practitioner/12']) {
      expect(await read(url), url).toMatchObject({ name: 'Ottilie Branwen Farquhar', dob: '1969-04-21' });
    }
  });

  it('goes by the case-sensitive resource type, not a word of a product path', () => {
    expect(showsOtherResource('https://crm.example.org/organization/42/contacts/7', page)).not.toBe(true);
    expect(showsOtherResource('https://ehr.example.org/groups/rounds', page)).not.toBe(true);
    expect(showsOtherResource('https://fhir.example.org/r4/Organization/acme', page)).toBe(true);
  });

  it("is no client where the address says nothing but the tooling's narrative header names a practitioner or relative", async () => {
    const headed = (types: string[]) =>
      new DOMParser().parseFromString(
        `<!DOCTYPE html><html><head><title>Resource</title></head><body>${types.map((t) => `<p class="res-header-id"><b>Generated Narrative: ${t} x-${t.length}</b></p>`).join('')}${narrative}</body></html>`,
        'text/html',
      );
    const url = 'https://viewer.example.org/#/resource/4471';
    expect(await extractClientContext(headed(['Practitioner']), url, { adapters: [] })).toBeNull();
    expect(await extractClientContext(headed(['RelatedPerson']), url, { adapters: [] })).toBeNull();
    const boxed = (profile: string) =>
      new DOMParser().parseFromString(
        `<!DOCTYPE html><html><body><div style="display: inline-block; padding: 6px"><p style="margin-bottom: 0px">Resource "pr-4" </p><p style="margin-bottom: 0px">Profile: <a>${profile}</a></p></div>${narrative}</body></html>`,
        'text/html',
      );
    expect(await extractClientContext(boxed('Kestrel Core Practitioner Profile'), url, { adapters: [] })).toBeNull();
    expect(await extractClientContext(boxed('Kestrel Core Patient Profile'), url, { adapters: [] })).toMatchObject({ name: 'Ottilie Branwen Farquhar' });
    // A Bundle whose entries include a Patient's narrative, or a header of a resource about the patient, is read.
    expect(await extractClientContext(headed(['Patient', 'Practitioner']), url, { adapters: [] })).toMatchObject({ name: 'Ottilie Branwen Farquhar' });
    expect(await extractClientContext(headed(['Encounter']), url, { adapters: [] })).toMatchObject({ name: 'Ottilie Branwen Farquhar' });
  });

  it('knows the header by its words where it carries no class (a viewer that restyles it)', async () => {
    const bare = (types: string[], tail: string) =>
      new DOMParser().parseFromString(
        `<!DOCTYPE html><html><head><title>Bundle</title></head><body>${types.map((t) => `<p><b>Generated Narrative: ${t} x-${t.length}</b></p>`).join('')}${narrative}${tail}</body></html>`,
        'text/html',
      );
    const url = 'https://viewer.example.org/#/bundle/4471';
    // A Bundle of the patient and a relative: the relative's "relationship" label no longer speaks for the page.
    const relative = '<div><p><b>relationship</b>: daughter</p><p><b>name</b>: Wren Farquhar</p></div>';
    expect(await extractClientContext(bare(['Patient', 'RelatedPerson'], relative), url, { adapters: [] })).toMatchObject({ name: 'Ottilie Branwen Farquhar' });
    expect(await extractClientContext(bare(['RelatedPerson'], ''), url, { adapters: [] })).toBeNull();
  });
});

describe("an older-style FHIR narrative with no header, at an address naming no resource", () => {
  const url = 'https://viewer.example.org/render?n=4471';
  const at = (body: string) =>
    extractClientContext(new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Resource</title></head><body>${body}</body></html>`, 'text/html'), url, {
      adapters: [],
    });
  const person = narrative.replace('</div>', '');
  const table = (heading: string, cells: string[]) =>
    `<h3>${heading}</h3><table class="grid"><tr><td>-</td>${cells.map((c) => `<td><b>${c}</b></td>`).join('')}</tr><tr><td>*</td>${cells.map((c) => `<td>${c} of Ottilie</td>`).join('')}</tr></table>`;

  it("is no client when its labels name an element only a practitioner, a practitioner role or a relative has", async () => {
    expect(await at(`${person}${table('Qualifications', ['Identifier', 'Code', 'Issuer'])}</div>`)).toBeNull();
    expect(await at(`${person}<p><b>qualification</b>: Registered Nurse</p></div>`)).toBeNull();
    expect(await at(`${person}<p><b>patient</b>: <a>Corwin Ash</a></p><p><b>relationship</b>: sister</p></div>`)).toBeNull();
    expect(await at(`${person}<p><b>practitioner</b>: <a>Ottilie Farquhar</a></p><p><b>specialty</b>: Cardiology</p></div>`)).toBeNull();
  });

  it("is still read as a patient's with the same layout, or when a patient-only element shows too", async () => {
    const read = { name: 'Ottilie Branwen Farquhar', dob: '1969-04-21' };
    expect(await at(narrative)).toMatchObject(read);
    expect(await at(`${person}${table('Contacts', ['Relationship', 'Name', 'Telecom'])}</div>`)).toMatchObject(read);
    expect(await at(`${person}<p><b>maritalStatus</b>: Married</p><p><b>generalPractitioner</b>: <a>Dr Imre Qualification-Board</a></p></div>`)).toMatchObject(read);
    expect(await at(`${person}<p><b>generalPractitioner</b>: <a>Practitioner/88</a></p>${table('Qualifications', ['Code'])}</div>`)).toMatchObject(read);
    // A Bundle's entries: the patient's narrative and then her practitioner's, each with its own name.
    const practitioner = `<div><p><b>name</b>: Imre Vasko </p><p><b>gender</b>: male</p>${table('Qualifications', ['Code'])}</div>`;
    expect(await at(`${narrative}${practitioner}`)).toMatchObject(read);
  });
});
