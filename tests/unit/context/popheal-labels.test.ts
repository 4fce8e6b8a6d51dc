import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** Population-health record number labels (popheal-labels.ts). Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Member</title></head><body>${body}</body></html>`, 'https://quality.plan.example/members/5512', extractClientContext)).reading;

describe("a population-health page's record numbers", () => {
  it("know the practice's MRN and an ACO's own patient id", () => {
    for (const label of ['Practice MRN', 'PCP chart #', 'Practice medical record number']) expect(matchLabel(label)?.weak, label).toBe(0.25);
    for (const label of ['ACO patient ID', 'CIN member #', 'ACO beneficiary ID']) expect(matchLabel(label)?.weak, label).toBe(0.25);
  });

  it("read the practice MRN ahead of the plan's member id", async () => {
    const r = await read(`<h1>Care gaps</h1><div><span>Name: Evadne Rothwell</span> <span>Member ID: QX55012877-02</span> <span>Practice MRN: PR-44018</span> <span>DOB: 06/21/1957</span></div>`);
    expect(r?.mrn).toBe('PR-44018');
  });

  it("yield to the page's own system's patient number", async () => {
    const r = await read(`<fieldset><legend>Patient</legend><label>Patient name <input value="Evadne Rothwell" readonly></label>
<label>Clinic MRN <input value="PR-44018" readonly></label><label>Pharmacy patient # <input value="SP-77120" readonly></label></fieldset>`);
    expect(r?.name).toBe('Evadne Rothwell');
    expect(r?.mrn).toBe('SP-77120');
  });

  it("read an ACO's patient id where no chart number is labelled", async () => {
    const r = await read(`<dl><dt>Beneficiary</dt><dd>Lysander Coldwell</dd><dt>ACO patient ID</dt><dd>ACO-118830</dd><dt>Date of birth</dt><dd>1946-09-02</dd></dl>`);
    expect(r?.mrn).toBe('ACO-118830');
  });
});
