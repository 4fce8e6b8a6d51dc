import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * The ward printed before its room or bed in a banner line, as a token or a chip of its own
 * (line-room-place.ts). Markup of our own, synthetic people.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://chart.example.org/patient/77/summary');
const banner = (second: string) =>
  `<main><header class="pt-banner" role="banner"><h1 class="pt-name">Grace Abernathy</h1><div class="pt-line">F · 48 y · 05/05/1978 · MRN 448120</div><div class="pt-line">${second}</div></header></main>`;

describe('a ward before its room or bed', () => {
  it('reads the ward and the room as one place, in tokens or in chips', async () => {
    expect((await read(banner('Admit Date: 11/30/2026 · Oncology 5B, Room 726-A')))?.location).toBe('Oncology 5B, Room 726-A');
    expect((await read(banner('<span>Admitted 11/30/2026</span> · <span>Medical Ward</span> · <span>Bed 12</span>')))?.location).toBe('Medical Ward, Bed 12');
  });

  it('never takes a person or a labelled value for the ward', async () => {
    expect((await read(banner('Admit Date: 11/30/2026 · Dr. Alan Reyes · Room 726-A')))?.location).toBe('726-A');
    expect((await read(banner('<span>Attending: Reyes</span> · <span>Bed 12</span>')))?.location).toBe('12');
  });
});
