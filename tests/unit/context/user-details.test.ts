import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A hospital web app's header line with the signed-in user's department. Markup and people of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://his.example.org/adt/inquiry.do?acct=4', extractClientContext)).reading;

describe("a place labelled after the signed-in user's label (user-details.ts)", () => {
  it("is the user's department, not the client's location", async () => {
    const r = await read(`<table><tr><td><font size="1">User: RPATEL &nbsp; Dept: REGISTRATION &nbsp; 12/05/2026</font></td></tr></table>
      <table><tr><td><b>Patient Name</b></td><td>LINDGREN, ASTRID</td><td><b>Med Rec #</b></td><td>00915520</td></tr>
      <tr><td><b>Birth Date</b></td><td>03/30/1950</td><td><b>Sex</b></td><td>F</td></tr>
      <tr><td><b>Admit Date</b></td><td>12/02/2026</td><td><b>Service</b></td><td>MED</td></tr></table>`);
    expect(r).toMatchObject({ name: 'Astrid Lindgren', mrn: '00915520', admitDate: '2026-12-02' });
    expect(r?.location).toBeUndefined();
  });
});
