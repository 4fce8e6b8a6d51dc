import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** Server-rendered record tables (ASP.NET DetailsView, JSP inquiry forms). Markup and people of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://records.example.org/detail?id=7', extractClientContext)).reading;

describe('a heading row across a record table (caption-row-after.ts)', () => {
  it('has no value of its own: the row after it is its first field', async () => {
    const r = await read(`<table><tr><td><table border="1">
      <tr><td colspan="2">Patient</td></tr>
      <tr><td>Last Name</td><td>HALVORSEN</td></tr>
      <tr><td>First Name</td><td>INGEBORG</td></tr>
      <tr><td>MRN</td><td>K5520913</td></tr>
      <tr><td>Birth Date</td><td>2/8/1949</td></tr>
    </table></td></tr></table>`);
    expect(r).toMatchObject({ name: 'Ingeborg Halvorsen', mrn: 'K5520913', dob: '1949-02-08' });
  });
});

describe('a bare caption word in a column of values (column-value.ts)', () => {
  it('labels nothing: "Patient" under "Spoke With" is who answered a call', async () => {
    const r = await read(`<h2>Halvorsen, Ingeborg</h2><table>
      <tr><td>MRN:</td><td>K5520913</td></tr><tr><td>DOB:</td><td>02/08/1949</td></tr><tr><td>Gender:</td><td>F</td></tr></table>
      <table><tr><th>Date</th><th>Spoke With</th><th>Outcome</th></tr>
      <tr><td>11/28/2026</td><td>Patient</td><td>Weight stable</td></tr>
      <tr><td>12/01/2026</td><td>Daughter</td><td>Meds reviewed</td></tr></table>`);
    expect(r).toMatchObject({ name: 'Ingeborg Halvorsen', mrn: 'K5520913' });
  });
});

describe("a table's heading row over another person's block (heading-row.ts)", () => {
  it('makes the rows under it that person\'s', async () => {
    const r = await read(`<table>
      <tr><td><b>Patient Name</b></td><td>HALVORSEN, INGEBORG</td><td><b>MRN</b></td><td>K5520913</td></tr>
      <tr><td><b>Birth Date</b></td><td>02/08/1949</td><td><b>Phone</b></td><td>(608) 555-0170</td></tr></table>
      <table>
      <tr><td colspan="4"><b>Guarantor</b></td></tr>
      <tr><td><b>Name</b></td><td>HALVORSEN, PER</td><td><b>Relation</b></td><td>SON</td></tr>
      <tr><td><b>Birth Date</b></td><td>06/30/1975</td><td><b>Phone</b></td><td>(608) 555-0199</td></tr></table>`);
    expect(r).toMatchObject({ name: 'Ingeborg Halvorsen', mrn: 'K5520913', dob: '1949-02-08', phone: '(608) 555-0170' });
  });
});
