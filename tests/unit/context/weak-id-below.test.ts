import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { ledByStaffRole } from '../../../src/context/generic/staff-role-lead';

/** Our own markup: a practice header (avatar, name, age line) over a details list; a UK banner over a details table. */
const practice = (extra: string) =>
  `<!DOCTYPE html><html><head><title>Patient Details</title></head><body><div>Clinical · Dr Mitchell Farrugia</div>` +
  `<div class="hdr"><div aria-hidden="true">LP</div><div><div class="nm">Ms Lorena PAVLOVIC</div><div>52 years · 17/05/1974 · Female</div></div></div>` +
  `<div class="box"><h3>Demographics</h3><dl><dt>Record No.</dt><dd>5530871</dd>${extra}<dt>Mobile</dt><dd>0491 570 183</dd></dl></div></body></html>`;
const ukBanner =
  `<!DOCTYPE html><html><head><title>Ward</title></head><body><div>Dr Aled Price · Log out</div>` +
  `<div class="banner" role="region" aria-label="Patient banner"><span><b>HARGREAVES</b>, Wilfred John (Mr)</span> ` +
  `<span>Born <b>03-Nov-1949</b></span> <span>Gender <b>Male</b></span> <span>NHS No. <b>473 026 1185</b></span></div>` +
  `<main><h2>Registration</h2><table><tr><th>Hospital No.</th><td>W0082214</td></tr><tr><th>Ward</th><td>Ward 3, Bed 9</td></tr></table></main></body></html>`;
const read = (html: string, url: string) => extractClientContext(new DOMParser().parseFromString(html, 'text/html'), url, { adapters: [], today: '2026-12-05' });

describe("a weaker identifier beside the record's own number", () => {
  it('yields to it in the details below a header instead of cancelling it', async () => {
    const reading = await read(practice('<dt>NHS No.</dt><dd>473 026 1185</dd>'), 'https://clinical.example.org/patients/5530871');
    expect(reading).toMatchObject({ name: 'Lorena Pavlovic', mrn: '5530871', dob: '1974-05-17', phone: '0491 570 183' });
  });

  it("does not stand for the record number in the banner when the record's own is labelled below", async () => {
    expect(await read(ukBanner, 'https://pas.example.org/ward/3/patient')).toMatchObject({ mrn: 'W0082214', dob: '1949-11-03' });
  });
});

describe("a clinician's role word before a name", () => {
  it('makes the name the clinician\'s', () => {
    for (const t of ['Provider Dr. Sunita Rao', 'Attending Jane Roe', 'Dentist Dr Okafor', 'Primary provider Kenji Laurent']) expect(ledByStaffRole(t), t).toBe(true);
    for (const t of ['Dr. Jane Roe', 'Anselm Kowalczyk-Reid', 'Providence Okoye', 'HARGREAVES, Wilfred John (Mr)']) expect(ledByStaffRole(t), t).toBe(false);
  });

  it('keeps a colonless facts line from naming the provider as the client', async () => {
    const html =
      `<!DOCTYPE html><html><head><title>Overview</title></head><body><div>Hygienist: Tamsin Reyes</div>` +
      `<div class="a1"><div aria-hidden="true">AK</div><div><div class="c3">Anselm Kowalczyk-Reid</div>` +
      `<div class="d4"><span>Chart # KOW0417</span><span>Male, 33</span><span>Provider Dr. Sunita Rao</span></div></div></div>` +
      `<div><h4>Personal</h4><div><span>Birthdate</span> <span>01/27/1993</span></div><div><span>Mobile</span> <span>(971) 555-0126</span></div></div></body></html>`;
    const reading = await read(html, 'https://dental.example.org/patients/KOW0417/overview');
    expect(reading?.name ?? null).not.toBe('Provider Dr. Sunita Rao');
  });
});
