import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * A banner whose birth date and record number sit on two rows under one parent (banner-split-rows.ts),
 * and a page region that holds sections, never read as one line (line-sections.ts). Markup of our own,
 * synthetic people.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const read = (html: string, url = 'https://chart.example.org/patient/77/summary') => extractClientContext(parse(html), url);

describe('a banner in two rows', () => {
  const banner = (rows: string[]) => `<main><header class="pt-banner" role="banner"><h1 class="pt-name">Mrs. Grace Abernathy</h1>${rows.map((r) => `<div class="pt-line">${r}</div>`).join('')}</header></main>`;

  it('reads the birth date on one row and the record number on the other as one person’s', async () => {
    const r = await read(banner(['female&nbsp;&nbsp;48 y&nbsp;&nbsp;1978-05-05', 'MRN 448120&nbsp;&nbsp;Admit Date: 2026-11-30&nbsp;&nbsp;Oncology 5B, Room 726-A&nbsp;&nbsp;799.555.0102']));
    expect(r).toMatchObject({ name: 'Grace Abernathy', mrn: '448120', dob: '1978-05-05', sex: 'F', admitDate: '2026-11-30' });
  });

  it('still reads rows that repeat a field, or lead with two names, as a list', async () => {
    expect(await read(banner(['female · 48 y · 1978-05-05', 'male · 51 y · 1975-02-11']))).toBeNull();
    expect(await read(`<main><div class="rows"><div>ABERNATHY, GRACE · 1978-05-05</div><div>OKAFOR, JOHN · MRN 448120</div></div></main>`)).toBeNull();
  });
});

describe('a region that holds sections', () => {
  // A CRM record: its header's highlights, a details section of read-only inputs, a notes section.
  const record = (details: string) =>
    `<main><div class="record-header"><div class="entity">Contact</div><h1>Mrs. Aisha Priya Galloway</h1><ul class="highlights"><li><p class="hl-label">Record No.</p><p class="hl-value">E3320070 (1.3.6.1.4.1.21367.2010.1.2)</p></li><li><p class="hl-label">Contact Owner</p><p class="hl-value">Dr. Marisol Quintero</p></li></ul></div><section class="details"><h2>Details</h2>${details}</section><section class="notes"><h3>Notes</h3><p>Care team: Dr. Helen Marsh.</p><p>Appointment December 1, 2025 with Dr. Helen Marsh.</p></section></main>`;
  const field = (id: string, label: string, value: string) => `<div class="field"><label for="${id}">${label}</label><input id="${id}" value="${value}" readonly></div>`;

  it('is read by its parts: the header’s record number and the details’ labelled controls', async () => {
    const r = await read(record(field('dob', 'DOB', 'January 2, 2011') + field('sex', 'Gender', 'Female')), 'https://crm.example.org/r/Contact/003/view');
    expect(r).toMatchObject({ name: 'Aisha Priya Galloway', mrn: 'E3320070', dob: '2011-01-02', sex: 'F' });
  });
});
