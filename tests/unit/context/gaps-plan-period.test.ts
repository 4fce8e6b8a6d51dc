import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A care plan's own period is not a hospital stay (plan-period.ts). Markup of our own. */
const page = (h1: string, labels = ['Period Start', 'Period End']) => `<div class="form-header"><h1>${h1}</h1><div>Record · Information</div></div>
<section aria-label="General"><h2>General</h2>
  <div><label>Subject</label><ul aria-label="Subject"><li><div title="Bronislava Achterberg-Diaz">Bronislava Achterberg-Diaz</div></li></ul></div>
  <div><label>${labels[0]}</label><div aria-readonly="true">10/5/2026</div></div>
  <div><label>${labels[1]}</label><div aria-readonly="true">11/28/2026</div></div>
</section>
<section aria-label="Subject details"><h2>Subject details</h2><div role="group" aria-label="Patient quick view">
  <div><label>Medical Record Number</label><div>77-204-1185</div></div>
  <div><label>Date of Birth</label><div>6/14/1944</div></div></div></section>`;
const read = async (title: string, h1: string, labels?: string[]) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${page(h1, labels)}</body></html>`, 'https://crm.example.org/main.aspx?etn=careplan&id=7', extractClientContext)).reading;

describe("a care plan's period", () => {
  it('is no hospital stay', async () => {
    const r = await read('Care Plan: Information', 'COPD care plan');
    expect(r).toMatchObject({ name: 'Bronislava Achterberg-Diaz', mrn: '77-204-1185', dob: '1944-06-14' });
    expect(r?.admitDate).toBeUndefined();
    expect(r?.dischargeDate).toBeUndefined();
  });

  it("is still the stay on an encounter's record", async () => {
    expect(await read('Encounter: Information', 'Inpatient encounter')).toMatchObject({ name: 'Bronislava Achterberg-Diaz', admitDate: '2026-10-05', dischargeDate: '2026-11-28' });
  });

  it('is still the stay when its label names the stay, on a plan', async () => {
    expect(await read('Care Plan: Information', 'COPD care plan', ['Admission Date', 'Discharge Date'])).toMatchObject({ name: 'Bronislava Achterberg-Diaz', admitDate: '2026-10-05' });
  });
});
