import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A contact-centre screen pop warns that whoever rang is not the member and names the caller in bold, above the
 * member's card; the caller is never the client (caller-line.ts). Markup of our own, synthetic people.
 */
const page = (warning: string) =>
  `<!DOCTYPE html><html><body><div class="app">
   <div class="crm-panel"><div class="member-card">
     <div class="caller-banner">${warning}</div>
     <h2 class="member-name">HALVORSEN, INGRID B</h2>
     <div class="grid">
       <div><label>Member #</label><span>K55019823</span></div>
       <div><label>Case ID</label><span>CS-4410072</span></div>
       <div><label>DOB</label><span>02/14/1939</span></div>
       <div><label>Age</label><span>87</span></div>
       <div><label>Sex</label><span>F</span></div>
       <div><label>Home Phone</label><span>(651) 555-0142</span></div>
       <div><label>PCP</label><span>Dr. Elspeth Marwood</span></div>
       <div><label>Program</label><span>Complex Care – COPD</span></div>
     </div>
   </div></div></div></body></html>`;

describe("the line naming a caller who is not the member", () => {
  it("never gives the client's name (a relative calling)", async () => {
    const html = page('Caller is not the member — <b>Solveig Halvorsen</b>, granddaughter (authorized)');
    const { reading } = await readInHappyDom(html, 'https://desk.example-plan.org/calls/88120', extractClientContext);
    expect(reading).toMatchObject({ name: 'Ingrid B. Halvorsen', dob: '1939-02-14' });
  });

  it("never gives the client's name (calling on behalf of the member)", async () => {
    const html = page('<strong>Tobias Lund</strong> is calling on behalf of the member');
    const { reading } = await readInHappyDom(html, 'https://desk.example-plan.org/calls/88121', extractClientContext);
    expect(reading).toMatchObject({ name: 'Ingrid B. Halvorsen', dob: '1939-02-14' });
  });
});
