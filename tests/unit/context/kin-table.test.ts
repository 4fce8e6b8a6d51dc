import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://emr.example.net/interface/patient_file/summary/demographics.php', extractClientContext)).reading;

describe("a small label table whose Relationship row names kin (kin-table.ts)", () => {
  it("is the relative's: their name, sex, phone and birth date are not the client's", async () => {
    const page = `<div class="hdr"><span class="ptName">Noor Haddad (5120)</span> <span>DOB: 2016-04-09 Age: 10</span></div>
      <div class="card"><h6>Contact</h6><table><tr><td>Address:</td><td>18 Birch Ct</td></tr><tr><td>Home Phone:</td><td>602-555-0119</td></tr></table></div>
      <div class="card"><table>
        <tr><td>Name:</td><td>Samir Haddad</td><td>Relationship:</td><td>Father</td></tr>
        <tr><td>Sex:</td><td>Male</td><td>Phone:</td><td>602-555-0173</td></tr>
        <tr><td>DOB:</td><td>1983-12-01</td></tr></table></div>`;
    const r = await read(page);
    expect(r).toMatchObject({ name: 'Noor Haddad', mrn: '5120', dob: '2016-04-09', phone: '602-555-0119' });
    expect(r?.sex).toBeUndefined();
  });
});
