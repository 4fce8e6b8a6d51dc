import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * The person a medical-transport trip carries is the client: 'Rider', 'Passenger name', the one a driver's current leg
 * is 'Picking up' or 'Dropping off', and their phone (transport-labels.ts). Markup of our own, synthetic people.
 */
const driverApp = `<!DOCTYPE html><html><head><title>Current leg</title></head><body>
<div class="bar"><span>Leg 4 of 7</span><span>Anselm Brody · Van 9</span></div>
<div class="card"><div class="muted">Dropping off</div><div class="big">Philippa Oyelowo-Grant</div>
<div><span class="chip">DOB 02/11/1949</span><span class="chip">Female</span><span class="chip">Wheelchair</span></div>
<div>Passenger phone: 215-555-0143</div><div class="muted">Appt 1:30 PM · Penn Valley Dialysis</div></div>
<div class="card next"><div class="muted">Next pickup</div><div>Osvaldo Reyes · 2:10 PM · 44 Elm St</div></div>
</body></html>`;

describe("a transport trip's rider", () => {
  it('is labelled by the words a broker or a driver app uses', () => {
    for (const l of ['Rider', 'Passenger', 'Rider name', 'Picking up', 'Now dropping off']) expect(matchLabel(l)?.field, l).toBe('name');
    for (const l of ['Rider phone', 'Passenger mobile']) expect(matchLabel(l)?.field, l).toBe('phone');
    expect(matchLabel('Rider ID')?.field).toBe('mrn');
    expect(matchLabel('Driver')?.field ?? null).toBe(null);
  });

  it("is read from a driver's current leg, not the next one", async () => {
    const r = (await readInHappyDom(driverApp, 'https://driver.example.org/run/12/leg/4', extractClientContext)).reading;
    expect(r).toMatchObject({ name: 'Philippa Oyelowo-Grant', dob: '1949-02-11', sex: 'F', phone: '215-555-0143' });
  });
});
