import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** A member card's unlabelled subtitle under the name (crm-subtitle.ts); markup of our own, on 2026-12-04. */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Member 360</title></head><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://members.plan.example.org/m/00581124', { today: '2026-12-04' });
const card = (heading: string, subtitle: string) =>
  `<div class="card"><h2 class="card-title">${heading}</h2><div class="subtitle">${subtitle}</div>` +
  `<dl><dt>Subscriber ID</dt><dd>W7730022918</dd><dt>Member #</dt><dd>00581124</dd><dt>Date of Birth</dt><dd>Jun 2, 1953</dd>` +
  `<dt>Home Phone</dt><dd>555.410.2287</dd><dt>Preferred Language</dt><dd>Hungarian</dd><dt>Program</dt><dd>Complex Care Management</dd><dt>Enrolled</dt><dd>Sep 9, 2026</dd><dt>Assigned To</dt><dd>Wendell Poirot</dd></dl></div>`;

describe('the sex in a subtitle under the name', () => {
  it('reads it when the age beside it agrees with the birth date', async () => {
    expect(await read(card('Ottoline Varga-Reyes', 'Female · 73 yrs · Medicare Advantage · Risk tier 2'))).toMatchObject({ name: 'Ottoline Varga-Reyes', mrn: '00581124', dob: '1953-06-02', sex: 'F' });
    expect((await read(card('VARGA-REYES, Ottoline', 'Female · 73 yrs · Medicare Advantage')))?.sex).toBe('F');
  });

  it('reads it beside the name with the age in years and months', async () => {
    const hub = (age: string) =>
      `<div role="dialog"><div class="hub-top"><span class="hub-name">Varga-Reyes, Ottoline</span><span class="hub-sub">${age}, Female</span></div>` +
      `<table><tr><td>Acc No.</td><td>88213</td><td>DOB</td><td>06/02/1953</td></tr><tr><td>PCP</td><td>Lindqvist, Ambrose</td><td>Ins.</td><td>Aetna Medicare PPO</td></tr></table></div>`;
    expect(await read(hub('73 Y 6 M'))).toMatchObject({ name: 'Ottoline Varga-Reyes', mrn: '88213', sex: 'F' });
    expect((await read(hub('71 Y 6 M')))?.sex).toBeUndefined();
  });

  it("reads it after the record's type leading the subtitle", async () => {
    expect((await read(card('Ottoline Varga-Reyes', 'Patient · 73 Years · Female')))?.sex).toBe('F');
    expect((await read(card('Ottoline Varga-Reyes', 'Contact • Female • 73 yrs')))?.sex).toBe('F');
    expect((await read(card('Ottoline Varga-Reyes', 'Patient · 61 Years · Female')))?.sex).toBeUndefined();
  });

  it('never when the age disagrees, nor under another person', async () => {
    expect((await read(card('Ottoline Varga-Reyes', 'Female · 64 yrs · Medicare Advantage')))?.sex).toBeUndefined();
    const team = '<div class="care-team"><strong>Dr. Ambrose Lindqvist</strong><p>Male · 73 yrs · PCP</p></div>';
    expect((await read(card('Ottoline Varga-Reyes', 'Medicare Advantage · Risk tier 2') + team))?.sex).toBeUndefined();
  });
});
