import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A plan's screen pop prints the member number and the care-management record number side by side; the record number
 * is the care-management one (care-mgmt-record.ts). Markup of our own, synthetic people.
 */
const page = (label: string) =>
  `<!DOCTYPE html><html><body><div class="pop">
   <h2>Member Verified</h2>
   <div class="r"><span class="l">Member Name</span><span class="v">Evander Quist</span></div>
   <div class="r"><span class="l">Member ID</span><span class="v">QHP55120478-02</span></div>
   <div class="r"><span class="l">${label}</span><span class="v">CM-4471902</span></div>
   <div class="r"><span class="l">Date of Birth</span><span class="v">06/19/1947</span></div>
   </div></body></html>`;

describe('a care-management record number', () => {
  it('is the record number beside the plan member id ("Care Mgmt Record #")', async () => {
    const { reading } = await readInHappyDom(page('Care Mgmt Record #'), 'https://plan.example.org/pop/1', extractClientContext);
    expect(reading).toMatchObject({ name: 'Evander Quist', mrn: 'CM-4471902', dob: '1947-06-19' });
  });

  it('is the record number beside the plan member id ("Case Management ID")', async () => {
    const { reading } = await readInHappyDom(page('Case Management ID'), 'https://plan.example.org/pop/2', extractClientContext);
    expect(reading).toMatchObject({ mrn: 'CM-4471902' });
  });
});
