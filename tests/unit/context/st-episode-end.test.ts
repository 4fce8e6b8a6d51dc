import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A home-health episode, a hospice benefit period, a programme's enrolment: spans of care, no stay. Markup of our own, synthetic people. */
const read = async (body: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://agency.example.org/patient/7710', extractClientContext)).reading;
const bar = (chip: string) => `<div id="ptBar" class="patient-bar"><span class="pb-name">VASQUEZ-ORTIZ, Renata</span> <span class="pb-mr">(MR# 7710442)</span> <span>DOB: 08/02/1944</span> <span>${chip}</span></div><h2>Calendar</h2>`;

describe('an episode or a certification period', () => {
  it('ends in no discharge', async () => {
    for (const label of ['Episode', 'Episode Dates', 'Episode Period']) {
      const r = await read(bar(`${label}: 11/04/2026 - 01/02/2027`));
      expect(r, label).toMatchObject({ name: 'Renata Vasquez-Ortiz', mrn: '7710442', admitDate: '2026-11-04' });
      expect(r?.dischargeDate, label).toBeUndefined();
    }
    expect((await read(bar('Program End Date: 01/02/2027')))?.dischargeDate).toBeUndefined();
  });

  it("starts no admission when it is a recertification's", async () => {
    const r = await read(bar('Episode 11/04/2026 – 01/02/2027 · Recert'));
    expect(r).toMatchObject({ name: 'Renata Vasquez-Ortiz' });
    expect(r?.admitDate).toBeUndefined();
  });

  it('leaves a discharge the label names', async () => {
    expect(await read(bar('Episode Discharge Date: 11/30/2026'))).toMatchObject({ dischargeDate: '2026-11-30' });
    expect(await read(bar('Encounter: 11/04/2026 - 11/09/2026'))).toMatchObject({ admitDate: '2026-11-04', dischargeDate: '2026-11-09' });
  });
});
