import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://app.example.io/Patient/5c1e/Encounter', extractClientContext)).reading;

const header = `<div class="hdr"><h1>Benedikt Aschauer</h1><div><div>Birth Date</div><div>1949-03-18</div></div><div><div>Gender</div><div>male</div></div>
  <div><div>http://valley.example/fhir/mrn</div><div>VM-4410286</div></div></div>`;
const table = (typeHead: boolean) => `<table><thead><tr><th>ID</th>${typeHead ? '<th>Class</th>' : ''}<th>Period</th><th>Location</th><th>Participant</th></tr></thead><tbody>
  <tr><td>e81…</td>${typeHead ? '<td>inpatient encounter</td>' : ''}<td>2026-12-01T04:10:00Z –</td><td>Cardiac Step-Down 6B</td><td>Dr. Ilse Brunner</td></tr>
  <tr><td>0c4…</td>${typeHead ? '<td>ambulatory</td>' : ''}<td>2026-09-14T16:00:00Z – 2026-09-14T16:20:00Z</td><td>Clinic 3</td><td>Dr. Ilse Brunner</td></tr></tbody></table>`;

describe("an encounters table's ID and Participant columns (encounter-columns.ts)", () => {
  it('are no list of people under a Class column: the open inpatient encounter is the stay', async () => {
    expect(await read(header + table(true))).toMatchObject({ name: 'Benedikt Aschauer', mrn: 'VM-4410286', admitDate: '2026-12-01', location: 'Cardiac Step-Down 6B' });
  });

  it('still make a table without a type column a list, read for no stay', async () => {
    const r = await read(header + table(false));
    expect(r).toMatchObject({ name: 'Benedikt Aschauer', mrn: 'VM-4410286' });
    expect(r?.admitDate).toBeUndefined();
  });
});
