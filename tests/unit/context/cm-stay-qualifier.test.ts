import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A stay's label qualified in brackets ("Admission (Re-Entry):") is that label; a birth date qualified by a
 * relative's role is the relative's (labels.ts). Markup of our own, synthetic people.
 */
const page = (rows: [string, string][]) =>
  `<!DOCTYPE html><html><head><title>Resident</title></head><body><div class="resident-header"><div class="rh-name">KOVALENKO, Dmytro (20511)</div><table class="rh-more">${rows.map(([l, v]) => `<tr><td>${l}</td><td>${v}</td></tr>`).join('')}</table></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://snf.example.org/resident/20511', extractClientContext)).reading;

describe('a qualified stay label', () => {
  it('reads the admission and the discharge, never a relative’s birth date', async () => {
    const r = await read(page([['Gender:', 'Male'], ['DOB:', '03/03/1939'], ['Admission (Re-Entry):', '11/26/2026'], ['Discharge (Planned):', '12/12/2026'], ['DOB (Spouse):', '05/05/1941']]));
    expect(r?.name).toBe('Dmytro Kovalenko');
    expect(r?.admitDate).toBe('2026-11-26');
    expect(r?.dischargeDate).toBe('2026-12-12');
    expect(r?.dob).toBe('1939-03-03');
  });
});
