import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A referral summary's encounter row printing the class, the period and the place between separators
 * (encounter-place.ts). Markup of our own, synthetic people.
 */
const summary = (encounter: string) => `<!DOCTYPE html><html><head><title>Referral Summary</title></head><body>
  <h1>Transition of Care / Referral Summary</h1>
  <table><tr><td>Patient</td><td>Casimir Wolanski</td><td>Date of birth</td><td>June 3, 1949</td></tr>
  <tr><td>Patient-ID</td><td>LKH-208841</td><td>Sex</td><td>Male</td></tr>
  <tr><td>Encounter</td><td colspan="3">${encounter}</td></tr></table></body></html>`;
const url = 'https://direct.example.org/portal/inbox/message/114?att=1';

describe("an encounter row's class, period and place", () => {
  it("gives a hospital stay's place after its dates", async () => {
    const { reading } = await readInHappyDom(summary('Inpatient · 11/21/2026 – 11/27/2026 · Lakehead General Hospital, 5 South'), url, extractClientContext);
    expect(reading).toMatchObject({ name: 'Casimir Wolanski', admitDate: '2026-11-21', dischargeDate: '2026-11-27', location: 'Lakehead General Hospital, 5 South' });
  });

  it("never an office visit's", async () => {
    const { reading } = await readInHappyDom(summary('Office visit · 11/21/2026 · Lakehead Family Practice'), url, extractClientContext);
    expect(reading?.location).toBeUndefined();
  });
});
