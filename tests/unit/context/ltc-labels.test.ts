import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

const read = async (body: string, url = 'https://ltc.example.net/rc/resident.aspx?id=4') =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, url, extractClientContext)).reading;

describe('long-term-care and OpenEMR label spellings (ltc-labels.ts)', () => {
  it("reads a resident bar's 'Res #' and 'Birth Dt' cells", async () => {
    const bar = `<table class="bar"><tr><td>Resident</td><td>PELLETIER, ODILE M</td><td>Res #</td><td>04418</td><td>Unit/Rm</td><td>C / 9-2</td></tr>
      <tr><td>Birth Dt</td><td>02/14/1936</td><td>Sex</td><td>F</td><td>Adm Dt</td><td>07/01/2026</td></tr></table>`;
    expect(await read(bar)).toMatchObject({ name: 'Odile M. Pelletier', mrn: '04418', dob: '1936-02-14' });
  });

  it("takes a discharged resident's 'Last Location' for the stay's place", async () => {
    const header = `<div class="hdr"><div><label>Resident:</label> <span>Szabo, Imre</span></div><div><label>Resident ID:</label> <span>RR-3310</span></div>
      <div><label>Birth Date:</label> <span>03/09/1940</span></div><div><label>Last Location:</label> <span>East Wing 12-A</span></div>
      <div><label>Admit Date:</label> <span>08/02/2026</span> <label>Discharge Date:</label> <span>10/30/2026</span></div></div>`;
    expect(await read(header)).toMatchObject({ mrn: 'RR-3310', location: 'East Wing 12-A', dischargeDate: '2026-10-30' });
  });

  it("reads OpenEMR's Pubpid over another system's External ID", async () => {
    const card = `<h2>Ingrid Solheim</h2><table><tr><td>Name:</td><td>Ingrid Solheim</td><td>External ID:</td><td>XR-55120</td></tr>
      <tr><td>DOB:</td><td>1966-05-30</td><td>Pubpid:</td><td>7702</td></tr></table>`;
    expect(await read(card, 'https://emr.example.net/interface/patient_file/summary/demographics.php')).toMatchObject({ name: 'Ingrid Solheim', mrn: '7702' });
  });
});
