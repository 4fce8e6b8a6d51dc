import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * The stay and the name where practice charts, behavioral-health records and model-driven forms print
 * them (markup of our own): a note's sentences, an alert's abbreviations, a subgrid of role=row divs,
 * an episode table's site, a number in brackets beside the name, a case's customer. Each reading case
 * fails without its rule; the others guard against reading anyone else's.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://ehr.example.org/chart/40987');
const banner = `<table class="pnHeader"><tr><td><b>Castellano, Ignatius J</b></td><td>DOB:</td><td>11/13/1952</td><td>Sex:</td><td>Male</td><td>Acc No.</td><td>40987</td></tr></table>`;

describe('the stay in a note', () => {
  it('is read from its own sentence when a relative is named in another', async () => {
    const r = await read(`${banner}<p>Chief complaint: follow-up. Patient was admitted to Harbor Point Hospital on 11/22/2026 for CHF and discharged on 11/28/2026. Lives with wife Marta (DOB 05/06/1954).</p>`);
    expect(r).toMatchObject({ admitDate: '2026-11-22', dischargeDate: '2026-11-28' });
  });

  it('is not read from a sentence about a relative', async () => {
    const r = await read(`${banner}<p>Chief complaint: follow-up. His wife was admitted to Harbor Point Hospital on 11/22/2026 and discharged on 11/28/2026.</p>`);
    expect(r?.admitDate).toBeUndefined();
    expect(r?.dischargeDate).toBeUndefined();
  });

  it('is read from "hospitalized … date - date" as the whole stay', async () => {
    const r = await read(`${banner}<p>Seen for TCM visit. Hospitalized at Harborview General 11/20/2026 - 11/27/2026 for pneumonia.</p>`);
    expect(r).toMatchObject({ admitDate: '2026-11-20', dischargeDate: '2026-11-27' });
  });

  it('is read from an alert\'s "adm … d/c …"', async () => {
    const r = await read(`${banner}<div class="alert">Recently discharged: Valley General, adm 11/19/2026, d/c 11/24/2026</div>`);
    expect(r).toMatchObject({ admitDate: '2026-11-19', dischargeDate: '2026-11-24' });
  });
});

describe('a stay grid', () => {
  const grid = (label: string) =>
    `<div role="grid" aria-label="${label}"><div role="row"><div role="columnheader">Class</div><div role="columnheader">Start Date</div><div role="columnheader">End Date</div><div role="columnheader">Location</div></div>` +
    `<div role="row"><div role="gridcell">Inpatient</div><div role="gridcell">11/30/2026</div><div role="gridcell">12/07/2026 (planned)</div><div role="gridcell">Mercy West 3 North</div></div></div>`;

  it('of role=row divs titled by the stay dates it by its start and end, and places it', async () => {
    expect(await read(banner + grid('Encounters'))).toMatchObject({ admitDate: '2026-11-30', dischargeDate: '2026-12-07', location: 'Mercy West 3 North' });
  });

  it('titled by something else dates nothing', async () => {
    const r = await read(banner + grid('Medications'));
    expect(r?.admitDate).toBeUndefined();
  });

  it('of an episode places the stay at its site', async () => {
    const r = await read(`${banner}<table><tr><th>Program</th><th>Episode Start</th><th>Site</th></tr><tr><td>Crisis Stabilization</td><td>11/25/2026</td><td>Riverside Crisis Unit</td></tr></table>`);
    expect(r).toMatchObject({ admitDate: '2026-11-25', location: 'Riverside Crisis Unit' });
  });
});

describe('the name', () => {
  it('takes the number in brackets printed beside it', async () => {
    const r = await read(`<div class="client-context"><div><span class="cc-name">DRUMMOND-AKA, CORMAC</span> <span>(208817)</span></div>` +
      `<div><span><span>Episode</span> <span>3</span></span> <span><span>Program</span> <span>Residential 3.5</span></span> <span><span>Admit Date</span> <span>11/17/2026</span></span>` +
      ` <span><span>Projected Discharge</span> <span>12/15/2026</span></span> <span><span>Bed</span> <span>Cedar House 2-B</span></span></div>` +
      `<div><span>DOB</span> <span>06/30/1990</span> <span>Gender</span> <span>Male</span> <span>Primary Counselor</span> <span>Albarran, Quentin</span></div></div>` +
      `<div class="caseload"><h4>My caseload</h4><ul><li>ESPINOZA, LUZ (208790)</li><li>HADLEY, JONAH (208802)</li></ul></div>`);
    expect(r).toMatchObject({ name: 'Cormac Drummond-Aka', mrn: '208817' });
  });

  const caseForm = (section: string) =>
    `<h1>Transition of care follow-up</h1><section aria-label="Case details"><div><label>Customer</label><ul aria-label="Customer"><li>Wilhelmina Oduya</li></ul></div>` +
    `<div><label>Discharging Facility</label><input aria-label="Discharging Facility" value="St. Brendan Regional Hospital"></div>` +
    `<div><label>Facility Discharge Date</label><input aria-label="Facility Discharge Date" value="12/01/2026"></div></section>${section}` +
    `<section><div class="qv"><div><label>Member ID</label><div>HP0038825107</div></div><div><label>Date of Birth</label><div>02/18/1961</div></div></div></section>`;

  it('is a case\'s customer, labelled away from the card that gives the identity', async () => {
    expect(await read(caseForm(''))).toMatchObject({ name: 'Wilhelmina Oduya', mrn: 'HP0038825107', dob: '1961-02-18', location: 'St. Brendan Regional Hospital' });
  });

  it('is never one labelled in another person\'s section', async () => {
    const r = await read(caseForm('').replace('<label>Customer</label><ul aria-label="Customer"><li>Wilhelmina Oduya</li></ul>', '') + '<section><h2>Primary Care Provider</h2><div><label>Full Name</label><div>Selma Varga</div></div></section>');
    expect(r?.name ?? null).not.toBe('Selma Varga');
  });
});
