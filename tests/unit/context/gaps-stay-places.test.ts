import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** Where the stay is, printed beside it without a place label of the usual kind. Markup of our own. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://care.example.org/members/77120/review', (doc, url) => extractClientContext(doc, url, { today: '2026-12-05' }))).reading;
const banner = '<div class="patient-banner"><b>OYELARAN, Tomasz</b><div>71 y.o. M | DOB: 03/08/1955 | MR#: 8830217</div></div>';

describe("a facility labelled in the stay's section a heading names (labelled.ts)", () => {
  const section = (aria: string) =>
    `<section class="panel" aria-labelledby="m"><h2 id="m">Member</h2><div class="field"><label>Name</label><span>OYELARAN, Tomasz</span></div><div class="field"><label>Member ID</label><span>HX-8830217</span></div><div class="field"><label>DOB</label><span>03/08/1955</span></div></section>
<section class="panel" ${aria}><h2 id="s">Service</h2><div class="field"><label>Facility</label><span>Greywater Medical Center</span></div><div class="field"><label>Admit date</label><span>11/30/2026</span></div></section>`;
  it('is where the stay is', async () => {
    expect(await read(section('aria-labelledby="s"'))).toMatchObject({ name: 'Tomasz Oyelaran', admitDate: '2026-11-30', location: 'Greywater Medical Center' });
  });
  it('is not read from an unnamed group (ip-unit-bed.test.ts)', async () => {
    expect((await read(section('')))?.location).toBeUndefined();
  });
});

describe('an infusion chair or an ED bay after its place on the banner line (labels.ts, line-room-place.ts)', () => {
  it('is the place with its chair or bay', async () => {
    const line = (place: string) => `<div class="patient-banner"><div><b>OYELARAN, TOMASZ</b></div><div>71 y.o. M | DOB: 03/08/1955 | MR#: 8830217 | ${place}</div></div>`;
    expect(await read(line('Hillside Infusion Center, Chair 6'))).toMatchObject({ mrn: '8830217', location: 'Hillside Infusion Center, Chair 6' });
    expect(await read(line('Main ED, Bay 12'))).toMatchObject({ location: 'Main ED, Bay 12' });
  });
});

describe('the hospital a stay sentence says the client was discharged from (stay-prose.ts)', () => {
  it('is the stay\'s place', async () => {
    expect(await read(`${banner}<div class="patient-banner"><span class="alert">Recently discharged: Lakeshore General, adm 11/19/2026, d/c 11/24/2026</span></div>`)).toMatchObject({ admitDate: '2026-11-19', dischargeDate: '2026-11-24', location: 'Lakeshore General' });
  });
  it('is nothing that is not shaped like a hospital or a ward', async () => {
    const r = await read(`${banner}<div class="patient-banner"><span class="alert">Recently discharged: home with services, adm 11/19/2026, d/c 11/24/2026</span></div>`);
    expect(r).toMatchObject({ admitDate: '2026-11-19' });
    expect(r?.location).toBeUndefined();
  });
});

describe("a place chip after the stay's own chips (stay-chip-place.ts)", () => {
  it('is where the stay is', async () => {
    expect(await read(`${banner}<p class="meta">Adm 11/22/2026 · Exp DC 12/06/2026 · St. Brendan's, 3 South</p>`)).toMatchObject({ admitDate: '2026-11-22', dischargeDate: '2026-12-06', location: "St. Brendan's, 3 South" });
  });
  it("is never a person's name nor a chip among other values", async () => {
    const doctor = await read(`${banner}<p class="meta">Adm 11/22/2026 · Exp DC 12/06/2026 · Harriet Oyelaran</p>`);
    expect(doctor?.location).toBeUndefined();
    const other = await read(`${banner}<p class="meta">Adm 11/22/2026 · Fall risk · 3 South</p>`);
    expect(other?.location).toBeUndefined();
  });
});
