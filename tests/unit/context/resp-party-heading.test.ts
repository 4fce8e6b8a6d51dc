import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://ltc.example.net/rc/orders.aspx?res=18', extractClientContext)).reading;

describe("a section headed by an abbreviated responsible party ('Resp Party', scr-others-section.ts)", () => {
  it("holds that person's birth date, not the client's", async () => {
    const page = `<table class="resbar"><tr><td>Resident</td><td>THIBODEAUX, MARCEL</td><td>Resident #</td><td>22019</td></tr>
      <tr><td>Birth Date</td><td>09/30/1931</td><td>Sex</td><td>M</td></tr></table>
      <div class="section"><h3>Resp Party</h3><p>LANDRY, PAULETTE (Niece) · Ph 337-555-0148 · DOB 01/12/1969</p></div>`;
    const r = await read(page);
    expect(r).toMatchObject({ name: 'Marcel Thibodeaux', mrn: '22019', dob: '1931-09-30' });
    expect(r?.phone).toBeUndefined();
  });
});
