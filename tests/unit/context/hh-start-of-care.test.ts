import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Home-health and hospice charts (st-episode-end.ts, st-visit-date.ts, labels.ts): the start of care, not the
 * current certification episode, starts the stay; a home visit note's "Visit Date" beside its "Observations" is no
 * admission; a hospice's "Service Location" is where the client is cared for. Markup of our own, synthetic people.
 */
const banner = `<div class="pt-banner"><b>QUARSHIE, ABENA M</b> | MR# 0027731 | DOB 5/9/1944 | F | Episode 11/10/2026 - 01/08/2027</div>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://hh.example.org/patient/27731', extractClientContext)).reading;
const doc = (body: string) => `<!DOCTYPE html><html><head><title>Patient</title></head><body><div class="top">Home Health · Logged in as: mward</div>${body}</body></html>`;

describe('a home-health chart', () => {
  it('starts the stay at the start of care, not at the episode', async () => {
    const r = await read(doc(`${banner}<table><tr><td>Referral Date</td><td>8/30/2026</td><td>SOC Date</td><td>9/12/2026</td></tr></table>`));
    expect(r).toMatchObject({ mrn: '0027731', dob: '1944-05-09', admitDate: '2026-09-12' });
  });

  it("reads no admission from a home visit note's Visit Date", async () => {
    const r = await read(
      `<!DOCTYPE html><html><head><title>Visit Note</title></head><body><div class="shell">Home Care › Visits › Visit Note <span>Ines Wolde, RN</span></div><div class="client-card"><div class="av" aria-hidden="true">KO</div><div><div><b>Client</b> Okyere, Kwabena</div><div class="meta"><b>Client ID</b> 0061123 &nbsp; <b>DOB</b> 1958-02-14 &nbsp; <b>Gender</b> Male &nbsp; <b>Phone</b> 410-555-0166</div></div></div><form><div class="row"><label for="a">Visit Date</label><input id="a" value="12/03/2026"></div><div class="row"><label for="t">Visit Type</label><input id="t" value="Personal Care"></div><div class="row"><label for="g">Caregiver</label><input id="g" value="Ruth Amankwah, CNA"></div><div class="row"><label for="u">Authorization #</label><input id="u" value="PA-WAIV-220817"></div><div class="row"><label for="b">Observations</label><textarea id="b">Client resting. Son Kofi Okyere (410-555-0190) visited. Next visit 12/05 with Abel Tsegaye, CNA.</textarea></div></form></body></html>`,
    );
    expect(r).toMatchObject({ mrn: '0061123', dob: '1958-02-14' });
    expect(r?.admitDate).toBeUndefined();
  });

  it("reads a hospice's service location", async () => {
    const r = await read(
      doc(`<div class="hdr"><div><div class="k">Patient</div><div class="v">Lindqvist, Maj-Britt</div></div><div><div class="k">Patient ID</div><div class="v">208-11934</div></div><div><div class="k">DOB</div><div class="v">03/02/1939</div></div><div><div class="k">Admit Date</div><div class="v">10/01/2026</div></div><div><div class="k">Service Location</div><div class="v">Linden Grove Memory Care</div></div></div>`),
    );
    expect(r).toMatchObject({ mrn: '208-11934', admitDate: '2026-10-01', location: 'Linden Grove Memory Care' });
  });
});
