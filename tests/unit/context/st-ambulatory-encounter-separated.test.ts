import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An app's patient strip dates the encounter and names its class after a separator ("Visit 2026-12-07 · Outpatient"):
 * an outpatient visit is no stay, its date no admission (st-ambulatory-encounter.ts). Markup of our own, synthetic people.
 */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://forms.example.org/fill/?launch=z9', extractClientContext)).reading;
const strip = (visit: string) => `<div class="ctx" role="region" aria-label="Patient context">
  <span aria-label="Patient name">Berenike O. Vasquez-Thal</span> | <span aria-label="Sex">F</span> |
  <span aria-label="Date of birth">DOB: 1990-03-08</span> | <span aria-label="Record number">MRN 71-2208-19</span> |
  <span aria-label="Encounter">${visit}</span></div><form><label for="q">Mood</label><input id="q"></form>`;

describe('an encounter class after a separator', () => {
  it('reads no admission from an outpatient visit', async () => {
    const r = await read(strip('Visit 2026-12-01 · Outpatient · CSN 55012'));
    expect(r).toMatchObject({ name: 'Berenike O. Vasquez-Thal', mrn: '71-2208-19' });
    expect(r?.admitDate).toBeUndefined();
  });
  it('keeps an inpatient encounter its admission', async () => {
    const r = await read(strip('Visit 2026-12-01 · Inpatient · CSN 55012'));
    expect(r?.admitDate).toBe('2026-12-01');
  });
});
