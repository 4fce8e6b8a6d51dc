import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A page about one stay showing an earlier one: a rehab admission's referring hospital stay, a resumption of care's inpatient stay. Markup of our own, synthetic people. */
const read = async (body: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://rehab.example.org/admissions/3391', extractClientContext)).reading;
const field = (l: string, v: string) => `<div class="f"><span class="l">${l}:</span> <span class="v">${v}</span></div>`;
const ident = `<section><h2>Patient</h2>${field('Last Name', 'Lindqvist')}${field('First Name', 'Torbjorn')}${field('Birth Date', '02/17/1943')}${field('Admission Date', '12/02/2026')}${field('Room', 'B-214')}</section>`;

describe("another stay's block", () => {
  it("keeps its discharge and place from the current stay's", async () => {
    const r = await read(`${ident}<section><h2>Prior hospitalization</h2>${field('Hospital', 'Riverside General')}${field('Admit', '11/26/2026')}${field('Discharge', '12/02/2026')}</section>`);
    expect(r).toMatchObject({ name: 'Torbjorn Lindqvist', admitDate: '2026-12-02', location: 'B-214' });
    expect(r?.dischargeDate).toBeUndefined();
  });

  it('keeps a stay table row of another admission from the admission read', async () => {
    const head = `<table class="demo"><caption>Resumption of Care</caption><tr><th>Patient Name</th><td>Lindqvist, Torbjorn</td></tr><tr><th>Patient ID</th><td>HH-30917</td></tr><tr><th>Start of Care Date</th><td>09/14/2026</td></tr></table>`;
    const stays = `<section><h3>Hospital Stay</h3><table><thead><tr><th>Facility</th><th>Admitted</th><th>Discharged</th></tr></thead><tbody><tr><td>Riverside General</td><td>11/20/2026</td><td>11/27/2026</td></tr></tbody></table></section>`;
    const r = await read(head + stays);
    expect(r).toMatchObject({ name: 'Torbjorn Lindqvist', admitDate: '2026-09-14' });
    expect(r?.dischargeDate).toBeUndefined();
    expect(r?.location).toBeUndefined();
  });

  it('leaves both stays unread when the first is not the latest: which is current is not known', async () => {
    const prior = `<section><h2>Previous Stay</h2>${field('Admission Date', '08/01/2026')}${field('Discharge Date', '08/05/2026')}</section>`;
    const current = `<section><h2>This Stay</h2>${field('Admission Date', '11/29/2026')}${field('Discharge Date', '12/03/2026')}</section>`;
    const r = await read(`<section><h2>Patient</h2>${field('Last Name', 'Lindqvist')}${field('First Name', 'Torbjorn')}${field('Birth Date', '02/17/1943')}</section>${prior}${current}`);
    expect(r).toMatchObject({ name: 'Torbjorn Lindqvist' });
    expect(r?.dischargeDate).toBeUndefined();
  });

  it('keeps a hospital stay still open beside a start of care: it may be where the client is now', async () => {
    const head = `<table class="demo"><caption>Transfer</caption><tr><th>Patient Name</th><td>Lindqvist, Torbjorn</td></tr><tr><th>Patient ID</th><td>HH-30917</td></tr><tr><th>Start of Care Date</th><td>09/14/2026</td></tr></table>`;
    const open = `<section><h3>Hospital Stay</h3>${field('Facility', 'Riverside General')}${field('Admit Date', '11/28/2026')}</section>`;
    expect(await read(head + open)).toMatchObject({ name: 'Torbjorn Lindqvist', location: 'Riverside General' });
  });

  it("reads a block that holds the admission read as that stay's", async () => {
    const r = await read(`<section><h2>Patient</h2>${field('Last Name', 'Lindqvist')}${field('First Name', 'Torbjorn')}${field('Birth Date', '02/17/1943')}${field('Admission Date', '11/26/2026')}${field('Discharge Date', '12/02/2026')}</section>`);
    expect(r).toMatchObject({ admitDate: '2026-11-26', dischargeDate: '2026-12-02' });
  });
});
