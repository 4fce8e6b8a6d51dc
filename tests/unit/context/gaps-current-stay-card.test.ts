import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A card about the stay the client is in: a bare "Start" under "Current encounter" is the admission
 * (current-encounter-start.ts); an ADT card's unlabelled place line before its stay's sentence is the location
 * (adt-card-place.ts). Markup of our own.
 */
const summary = (card: string) => `<nav><a>Home</a><a>Members</a><span class="me">Signed in: Ilse Navarro, RN</span></nav>
<main><h1 class="member-name">Augustin Pellegrini-Roy</h1>
<div class="chips"><span><span>Member ID</span> <span>Q00718842</span></span> · <span><span>DOB</span> <span>02/14/1951</span></span> · <span><span>Gender</span> <span>Male</span></span></div>
${card}
<section class="card"><h2>Open tasks</h2><ul><li>Medication review — due 12/09/2026</li></ul></section></main>`;
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Member</title></head><body>${body}</body></html>`, 'https://cm.example.org/members/q7/overview', extractClientContext)).reading;

describe('the current encounter card', () => {
  const card = (heading: string) => `<div class="card" role="group" aria-labelledby="enc"><h3 id="enc">${heading}</h3>
  <div class="row"><span class="k">Class</span><span class="v">Inpatient</span></div>
  <div class="row"><span class="k">Start</span><span class="v">11/28/2026 9:10 AM</span></div></div>`;

  it('dates the admission by its bare "Start"', async () => {
    expect(await read(summary(card('Current encounter')))).toMatchObject({ name: 'Augustin Pellegrini-Roy', mrn: 'Q00718842', admitDate: '2026-11-28' });
  });

  it('never under another heading (a plan, a program, a task)', async () => {
    const r = await read(summary(card('Care plan')));
    expect(r).toMatchObject({ name: 'Augustin Pellegrini-Roy', mrn: 'Q00718842' });
    expect(r?.admitDate).toBeUndefined();
  });
});

describe("an ADT card's place line", () => {
  const adt = (place: string) => `<section class="card"><h2>Latest ADT event</h2>
  <p><b>Inpatient admission</b> · ${place}</p>
  <p>Admitted 11/21/2026 · Discharged 11/27/2026 to home</p></section>`;

  it('is where the stay is', async () => {
    expect(await read(summary(adt('Lakeview General Hospital · 4 North Cardiology')))).toMatchObject({
      name: 'Augustin Pellegrini-Roy',
      admitDate: '2026-11-21',
      dischargeDate: '2026-11-27',
      location: 'Lakeview General Hospital · 4 North Cardiology',
    });
  });

  it('is no place when a chip is a person', async () => {
    const r = await read(summary(adt('Lakeview General Hospital · Dr. Miriam Osei')));
    expect(r).toMatchObject({ name: 'Augustin Pellegrini-Roy', admitDate: '2026-11-21' });
    expect(r?.location).toBeUndefined();
  });
});
