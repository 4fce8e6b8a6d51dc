import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * 'Patient MRN' (a referral's patient panel beside the plan's member id) labels the record number, as 'MRN' does
 * (labels.ts); a member id yields to it. Markup of our own, synthetic people.
 */
const referral = `<!DOCTYPE html><html><head><title>Referral REF-2026-118734</title></head><body>
<header>Referral Inbox · Darnell Pike · Scheduling Lead</header>
<div class="panel"><h2>Referral REF-2026-118734</h2><div class="fields"><div class="k">Auth #</div><div>AUTH-77810245</div></div></div>
<div class="panel"><h2>Patient</h2><div class="fields">
<div class="k">Name</div><div>Marisol Quintanilla-Reyes</div>
<div class="k">Date of birth</div><div>02/28/1963</div>
<div class="k">Patient MRN</div><div>LC-5501277</div>
<div class="k">Insurance</div><div>Prairie State Health PPO · Member ID PSH90022781</div>
</div></div></body></html>`;

describe("a patient's MRN", () => {
  it('is labelled with the patient word before it', () => {
    for (const l of ['Patient MRN', 'Pt MRN', 'Patient MR #', 'Patient Medical Record #']) expect(matchLabel(l)?.field, l).toBe('mrn');
    expect(matchLabel('Patient MRN')?.weak ?? 0).toBe(0);
  });

  it("outranks the plan's member id on a referral", async () => {
    const r = (await readInHappyDom(referral, 'https://referrals.example.org/inbox/incoming/REF-2026-118734', extractClientContext)).reading;
    expect(r).toMatchObject({ name: 'Marisol Quintanilla-Reyes', dob: '1963-02-28', mrn: 'LC-5501277' });
  });
});
