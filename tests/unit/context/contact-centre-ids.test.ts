import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A contact-centre agent panel numbers the call ("Contact ID" a 12-digit number, a UUID) beside the caller's card;
 * that number is never the client's record number (contact-centre-ids.ts). Markup of our own, synthetic people.
 */
const page = (callId: string) =>
  `<!DOCTYPE html><html><body><div class="shell">
   <div class="agent">Agent Benedikt Sauer · Available</div>
   <div class="cols">
     <div class="call"><div class="kind">Phone · Inbound</div><div class="ani">(608) 555-0184</div>
       <div class="meta">Skill: WI_CareCoord_IB · Contact ID ${callId}</div></div>
     <div class="card" role="region" aria-label="Customer card">
       <div class="who"><div class="nm">Philippa Oduya-Strand</div>
         <div class="sub"><span>F</span> • <span>DOB 1958-04-22</span> • <span>68 y</span></div></div>
       <div class="ids"><span class="chip">Client # 7710-20394</span> <span class="chip">SSN ***-**-2210</span></div>
       <div class="contact"><span class="l">Cell</span> <span class="v">(608) 555-0184</span></div>
     </div>
   </div></div></body></html>`;

describe("a contact centre's call numbers", () => {
  it('never give the record number (a CXone-like 12-digit contact id)', async () => {
    const { reading } = await readInHappyDom(page('554019283746'), 'https://agent.example-acd.com/contact/554019283746', extractClientContext);
    expect(reading?.mrn).not.toBe('554019283746');
    expect(reading).toMatchObject({ name: 'Philippa Oduya-Strand', dob: '1958-04-22' });
  });

  it('never give the record number (a Connect-like UUID)', async () => {
    const id = '0b7e2c4a-91d3-4f68-a2e5-3c9d1f0b8a76';
    const { reading } = await readInHappyDom(page(id), `https://agent.example-acd.com/contact/${id}`, extractClientContext);
    expect(reading?.mrn).not.toBe(id);
  });
});
