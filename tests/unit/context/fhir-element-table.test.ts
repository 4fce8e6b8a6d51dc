import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A console's FHIR viewer prints a resource as element paths and values (fhir-element-table.ts). Our own markup. */
const table = (rows: [string, string][]) => `<table><tr><th>Path</th><th>Value</th></tr>${rows.map(([k, v]) => `<tr><td>${k}</td><td>${v}</td></tr>`).join('')}</table>`;
const page = (rows: [string, string][]) => `<!DOCTYPE html><html><head><title>FHIR viewer</title></head><body><h1>Resource 9c1f</h1>${table(rows)}</body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://console.example.com/fhir/view?id=9c1f', extractClientContext)).reading;
const patient: [string, string][] = [
  ['resourceType', 'Patient'],
  ['identifier[0].type.coding[0].code', 'MR'],
  ['identifier[0].value', 'TQ-448120'],
  ['identifier[1].system', 'https://payer.example/member'],
  ['identifier[1].value', 'MB99120044'],
  ['name[0].family', 'Achterberg'],
  ['name[0].given[0]', 'Willemijn'],
  ['gender', 'female'],
  ['birthDate', '1983-06-17'],
  ['contact[0].name.family', 'Achterberg'],
  ['contact[0].name.given[0]', 'Joost'],
  ['contact[0].telecom[0].value', '(612) 555-0170'],
  ['telecom[0].system', 'phone'],
  ['telecom[0].value', '(612) 555-0122'],
];

describe("a console's table of FHIR element paths", () => {
  it('reads the Patient the paths describe, its MR-typed identifier and its own phone', async () => {
    expect(await read(page(patient))).toMatchObject({ name: 'Willemijn Achterberg', mrn: 'TQ-448120', dob: '1983-06-17', sex: 'F', phone: '(612) 555-0122' });
  });

  it('reads no one from a table of another resource type', async () => {
    expect(await read(page([['resourceType', 'Practitioner'], ...patient.slice(1)]))).toBeNull();
  });
});
