import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A FHIR resource's logical id is the server's or guide's name for the resource, never the record number; nor is
 * an identifier the resource's JSON marks as a national number (fhir-resource-id.ts). Our own markup.
 */
const read = async (html: string, url: string) => (await readInHappyDom(html, url, extractClientContext)).reading;

const olderNarrative = (id: string, identifier: string) =>
  `<div xmlns="http://www.w3.org/1999/xhtml"><p><b>Generated Narrative with Details</b></p><p><b>id</b>: ${id}</p>${identifier}` +
  `<p><b>name</b>: Ingeborg Tjalsma (OFFICIAL)</p><p><b>gender</b>: female</p><p><b>birthDate</b>: 1962-04-18</p></div>`;
const page = (body: string) => `<!DOCTYPE html><html><head><title>Example</title></head><body><h1>Example resource</h1>${body}</body></html>`;

describe("a FHIR resource's id", () => {
  it("is not the record number in an older narrative's id line, wherever the page is", async () => {
    const r = await read(page(olderNarrative('pt4471', '')), 'https://build.example.org/ig/friesland/Bundle-admission-3.html');
    expect(r).toMatchObject({ name: 'Ingeborg Tjalsma', dob: '1962-04-18' });
    expect(r?.mrn).toBeUndefined();
  });

  it('is not the record number when the address names the Patient by it', async () => {
    const table = `<h2>Olamide ADEYEMI-COLE</h2><table><tr><td>ID</td><td>30817</td></tr><tr><td>Date of birth</td><td>1987-10-02</td></tr></table>`;
    const r = await read(page(table), 'https://fhir.example.org/baseR4/Patient/30817/_history/2');
    expect(r).toMatchObject({ name: 'Olamide Adeyemi-Cole', dob: '1987-10-02' });
    expect(r?.mrn).toBeUndefined();
    // An app's own address, in lower case, is not a FHIR one: its ID is the record's.
    expect(await read(page(table), 'https://clinic.example.org/patient/30817/summary')).toMatchObject({ mrn: '30817' });
  });

  it("leaves a typed record number beside the id line", async () => {
    const r = await read(page(olderNarrative('pt4471', '<p><b>identifier</b>: Medical record number = FR-550192 (USUAL)</p>')), 'https://build.example.org/ig/friesland/Patient-pt4471.html');
    expect(r).toMatchObject({ mrn: 'FR-550192' });
  });
});

describe("an identifier the resource's JSON marks as a national number", () => {
  const json = (system: string) =>
    `<div class="tab-pane" style="display:none"><pre>{"resourceType":"Patient","id":"ft-2","identifier":[{"use":"official","system":"${system}","value":"283019447"}],` +
    `"name":[{"family":"Tjalsma","given":["Ingeborg"]}],"gender":"female","birthDate":"1962-04-18"}</pre></div>`;
  const narrative = olderNarrative('ft-2', '<p><b>identifier</b>: 283019447 (OFFICIAL)</p>');

  it('is not the record number when printed bare, its system only in a hidden JSON tab', async () => {
    const r = await read(page(narrative + json('http://fhir.nl/fhir/NamingSystem/bsn')), 'https://viewer.example.org/resource?id=ft-2');
    expect(r).toMatchObject({ name: 'Ingeborg Tjalsma', dob: '1962-04-18' });
    expect(r?.mrn).toBeUndefined();
  });

  it("is read when the JSON says it is the hospital's", async () => {
    const r = await read(page(narrative + json('https://fhir.hospital.example.org/sid/mrn')), 'https://viewer.example.org/resource?id=ft-2');
    expect(r).toMatchObject({ mrn: '283019447' });
  });
});
