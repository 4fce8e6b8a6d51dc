import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://emr.example.org/spa/patient/9/chart/Visits', extractClientContext)).reading;

const banner = `<div role="banner"><div><span class="patientName">Halvard Eikeland</span></div><div>Male · 70 yrs · 04-Apr-1956</div><div><span>OpenMRS ID</span> <span>1009ZX3</span></div></div>`;
const details = (type: string) => `<div><h4>Visit details</h4><dl><dt>Visit type</dt><dd>${type}</dd><dt>Start date</dt><dd>01-Dec-2026, 06:10 PM</dd><dt>End date</dt><dd>05-Dec-2026, 11:00 AM</dd></dl></div>`;

describe("a visit details list's bare start and end dates (inpatient-visit-start.ts)", () => {
  it('date the stay when the list names an inpatient visit', async () => {
    expect(await read(banner + details('Inpatient Visit'))).toMatchObject({ mrn: '1009ZX3', admitDate: '2026-12-01', dischargeDate: '2026-12-05' });
  });

  it('date nothing when the visit is a facility or outpatient visit', async () => {
    const r = await read(banner + details('Facility Visit'));
    expect(r).toMatchObject({ mrn: '1009ZX3' });
    expect(r?.admitDate).toBeUndefined();
    expect(r?.dischargeDate).toBeUndefined();
  });
});
