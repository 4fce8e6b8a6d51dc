import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An ADT alert prints the encounter as a block of its own beside the patient's, its fields broken by <br>
 * (br-stay-lines.ts): the stay is read from it, and a block of another person's is not. Markup of our own, synthetic people.
 */
const page = (heading: string) =>
  `<!DOCTYPE html><html><head><title>Alert</title></head><body>
   <div class="top">Care Transitions · Signed in: Ottavia Renwick, RN</div>
   <div class="card"><h2>Patient</h2><p>Name: <b>Cyprian Lowell Adeyemi-Hart</b><br>DOB: 03/08/1952<br>Sex: M<br>Hospital MRN: SVH-4410826</p></div>
   <div class="card"><h2>${heading}</h2><p>Facility: Saint Vitus Memorial Hospital, North Campus<br>Patient Class: Inpatient<br>Unit / Room: 4 West - 418-1<br>
   Admit Date/Time: 11/29/2026 22:15<br>Discharge Date/Time: 12/05/2026 11:30<br>Discharge Disposition: 01 - Home or self care<br>Attending: Dr. Ludovica Fernsby-Achterberg</p></div>
   </body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://alerts.example.org/notifications/8812', extractClientContext)).reading;

describe("an encounter's block of <br> lines", () => {
  it('dates the stay of the patient read beside it', async () => {
    const r = await read(page('Encounter'));
    expect(r?.name).toBe('Cyprian Lowell Adeyemi-Hart');
    expect(r?.admitDate).toBe('2026-11-29');
    expect(r?.dischargeDate).toBe('2026-12-05');
    expect(r?.location).toBe('4 West - 418-1');
  });

  it("under another person's heading, it is theirs", async () => {
    const r = await read(page('Guarantor'));
    expect(r?.name).toBe('Cyprian Lowell Adeyemi-Hart');
    expect(r?.admitDate).toBeUndefined();
  });
});
