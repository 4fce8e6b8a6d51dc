import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A contact centre's agent bar marks the agent's name as a name (`data-testid="agent-name"`) before a customer card
 * whose name no markup marks: an agent's, a representative's or a care coordinator's name is staff's, never the
 * client's (hints.ts). Markup of our own, synthetic people.
 */
const page = (hint: string) => `<!DOCTYPE html><html lang="en"><head><title>Agent desktop</title></head>
<body>
<div id="root">
  <div class="x_ratjse">
    <span class="x_jn0nlQ">CXone Agent</span>
    <div class="x_85at9E" data-testid="agent-state">Working · Available</div>
    <div class="x_UsnYdc" data-testid="${hint}">Osric Delamere-Vance</div>
    <div class="x_hUsrme">Station 44102</div>
  </div>
  <div class="x_LDFWzb">
    <div class="x_iWZgkc" data-testid="active-contact">
      <div class="x_Jc1BPe">Phone · Inbound</div>
      <div class="x_qlevrc" aria-label="ANI">(919) 555-0137</div>
      <div class="x_6pnfvc">Skill: NC_Medicaid_CareCoord_IB · Contact ID 681240077153</div>
      <div class="x_1zX6Sc">03:57</div>
      <div class="x_g5Qync"><span>IVR auth: passed (DOB + ZIP)</span><span>Spanish</span></div>
    </div>
    <div class="x_vTFh0b" role="region" aria-label="Customer card">
      <div class="x_wU7Nce" aria-hidden="true">IC</div>
      <div class="x_TQ83cd">
        <div class="x_cLQGge">Inés Calderón Ruiz</div>
        <div class="x_ilU7fb"><span>F</span><span class="x_rdCNue">•</span><span>DOB 1964-10-08</span><span class="x_rdCNue">•</span><span>62 y</span></div>
      </div>
      <div class="x_jHq7pe">
        <span class="x_SrlSdd">Client # 5530-88217</span>
        <span class="x_SrlSdd">Medicaid ID 912447081K</span>
        <span class="x_SrlSdd">SSN ***-**-4417</span>
      </div>
      <div class="x_ICozyx">
        <div><span class="x_pu8Kle">Cell</span> <span class="x_mMi5Rc">(919) 555-0137</span></div>
        <div><span class="x_pu8Kle">Address</span> <span class="x_mMi5Rc">408 Larkspur Ct, Durham NC 27707</span></div>
        <div><span class="x_pu8Kle">Care coordinator</span> <span class="x_mMi5Rc">Marguerite Oduya, LCSW</span></div>
      </div>
    </div>
    <div class="x_CMsWd2" aria-label="Contact history">
      <h3 class="x_Uco1Gl">Previous contacts</h3>
      <div class="x_GPH8wc"><span>2026-11-28</span><span>Outbound</span><span>Agent: Bettina Lowe</span><span>Disp: Left Message</span></div>
      <div class="x_GPH8wc"><span>2026-11-14</span><span>Inbound</span><span>Agent: Osric Delamere-Vance</span><span>Disp: Transportation Scheduled</span></div>
    </div>
    <div class="x_Yz3ZqJ" aria-label="Contacts in queue">
      <div class="x_GpDVfd">Waiting 01:12 · (252) 555-0199</div>
      <div class="x_GpDVfd">Waiting 00:40 · (336) 555-0175</div>
    </div>
  </div>
</div>

</body></html>
</html>`;
const url = 'https://agent.example.com/contact/681240077153';

describe("a staff member's name marked as a name", () => {
  for (const hint of ['agent-name', 'rep-name', 'coordinator-name']) {
    it(`is not the client's: the card's own name is (${hint})`, async () => {
      const { reading } = await readInHappyDom(page(hint), url, extractClientContext);
      expect(reading).toMatchObject({ name: 'Inés Calderón Ruiz', mrn: '5530-88217', dob: '1964-10-08' });
    });
  }
});
