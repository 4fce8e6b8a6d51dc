import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * "EDD" on a maternal record is the expected delivery date; a programme's enrolment in a member header is
 * not the stay an "Admission Date" below it starts, nor is a health plan's (crm2-stay-labels.ts). Markup of our own.
 */
const read = async (html: string) => (await readInHappyDom(html, 'https://care.example.org/members/5521', extractClientContext)).reading;
const doc = (body: string) => `<!DOCTYPE html><html><body><div>Signed in: Leopoldine Marsh</div>${body}</body></html>`;
const dl = (rows: string[][]) => `<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;

describe('stay labels that mean something else on care pages', () => {
  it('reads no discharge from an EDD with no admission (a pregnancy)', async () => {
    const r = await read(doc(`<header class="member"><h1>Temperance Okonjo-Reyes</h1>${dl([['Member ID', 'QP-77120'], ['Date of Birth', '1996-03-02'], ['EDD', '2027-03-21'], ['Gravida', '2']])}</header>`));
    expect(r).toMatchObject({ name: 'Temperance Okonjo-Reyes', mrn: 'QP-77120', dob: '1996-03-02' });
    expect(r?.dischargeDate).toBeUndefined();
  });

  it('still reads an EDD beside an admission as the expected discharge', async () => {
    const r = await read(doc(`<header class="member"><h1>Temperance Okonjo-Reyes</h1>${dl([['Member ID', 'QP-77120'], ['Date of Birth', '1996-03-02'], ['Admitted', '2026-11-30'], ['EDD', '2026-12-06']])}</header>`));
    expect(r).toMatchObject({ admitDate: '2026-11-30', dischargeDate: '2026-12-06' });
  });

  it('takes the admission, not the enrolment, as the stay start', async () => {
    const header = `<header class="member"><h1>Temperance Okonjo-Reyes</h1><p>Medicaid managed care · Enrolled 03/01/2023</p>${dl([['Member ID', 'QP-77120'], ['DOB', '03/02/1996']])}</header>`;
    const stay = `<section><h2>Current transition</h2>${dl([['Facility', 'Lakemont General'], ['Admission Date', '11/28/2026'], ['Discharge Date', '12/02/2026']])}</section>`;
    expect(await read(doc(header + stay))).toMatchObject({ mrn: 'QP-77120', admitDate: '2026-11-28', dischargeDate: '2026-12-02' });
    // With no admission labelled, a programme's enrolment is still read as its start on an agency's client record; on a
    // member's or patient's record it is a care programme's, no stay (cm-enrolment.ts); a plan's starts no stay.
    const programme = header.replace('Medicaid managed care', 'Complex Care Management program');
    expect(await read(doc(programme.replace('Member ID', 'Client ID')))).toMatchObject({ mrn: 'QP-77120', admitDate: '2023-03-01' });
    expect((await read(doc(programme)))?.admitDate).toBeUndefined();
    const plan = await read(doc(header));
    expect(plan).toMatchObject({ mrn: 'QP-77120', dob: '1996-03-02' });
    expect(plan?.admitDate).toBeUndefined();
  });
});
