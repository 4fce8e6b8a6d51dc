import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Home-health and HIE spellings (labels.ts): the start of care ("SOC", "Start of Care Date") is the
 * agency's admission, an episode's period its stay, and an enterprise index number ("EMPI") the record
 * number unless the chart's own number is beside it. Markup of our own, synthetic people.
 */
const page = (rows: [string, string][]) =>
  `<!DOCTYPE html><html><head><title>Patient</title></head><body><div class="patient-header"><h1 class="patient-name">Ludmila Havránková</h1><table class="hdr">${rows.map(([l, v]) => `<tr><td>${l}:</td><td>${v}</td></tr>`).join('')}</table></div><h2>Visits</h2></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://agency.example.org/patient/3310', extractClientContext)).reading;

describe('home-health and HIE labels', () => {
  it('reads the start of care and the start of an episode as the stay', async () => {
    for (const label of ['SOC', 'SOC Date', 'Start of Care', 'Start of Care Date']) {
      const r = await read(page([['DOB', '09/17/1938'], [label, '11/09/2026']]));
      expect(r?.admitDate, label).toBe('2026-11-09');
    }
    const r = await read(page([['DOB', '09/17/1938'], ['Episode', '11/09/2026 - 01/07/2027']]));
    expect(r?.admitDate).toBe('2026-11-09');
    // The episode's end is its certification's, no discharge (st-episode-end.ts).
    expect(r?.dischargeDate).toBeUndefined();
  });

  it('reads an EMPI as the record number, yielding to the MRN beside it', async () => {
    expect((await read(page([['DOB', '09/17/1938'], ['EMPI', '7700120045']])))?.mrn).toBe('7700120045');
    expect((await read(page([['DOB', '09/17/1938'], ['EMPI', '7700120045'], ['MRN', 'H-33104']])))?.mrn).toBe('H-33104');
  });
});
