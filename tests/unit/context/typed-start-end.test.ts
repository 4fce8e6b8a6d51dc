import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A chart's visits tab: a header, then every encounter with a type and bare Start / End columns. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://chart.example.org/patient/77/visits', extractClientContext)).reading;
const page = (first: string) =>
  `<div class="patient-header"><h2>Adeyemi, Kunle</h2><div>Male · 1966-02-11 · MRN KA-22019</div></div>` +
  `<table><thead><tr><th>Type</th><th>Start</th><th>End</th><th>Provider</th></tr></thead><tbody>` +
  `<tr><td>${first}</td><td>11/30/2026</td><td>Active</td><td>Dr. Lee</td></tr>` +
  `<tr><td>Outpatient</td><td>10/02/2026</td><td>10/02/2026</td><td>Dr. Lee</td></tr></tbody></table>`;

describe('a visits table with a type column and bare Start / End columns', () => {
  it('dates the stay by the row its type names a stay', async () => {
    for (const type of ['Inpatient', 'Observation', 'Inpatient Admission']) expect(await read(page(type))).toMatchObject({ name: 'Kunle Adeyemi', admitDate: '2026-11-30' });
  });

  it('dates nothing where every row is a visit', async () => {
    const r = await read(page('Office Visit'));
    expect(r).toMatchObject({ name: 'Kunle Adeyemi' });
    expect(r?.admitDate).toBeUndefined();
    expect(r?.dischargeDate).toBeUndefined();
  });
});

describe('a typed table that lists something else', () => {
  it('dates nothing under a medication column, or under a title that names something else', async () => {
    const meds = page('Inpatient').replace('<th>Provider</th>', '<th>Medication</th>');
    expect((await read(meds))?.admitDate).toBeUndefined();
    const titled = page('Inpatient').replace('<table>', '<table aria-label="Orders">');
    expect((await read(titled))?.admitDate).toBeUndefined();
  });
});
