import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Label spellings of home health, hospice, waiver and PACE case management (hc-labels.ts, hc-item-code.ts,
 * hc-coded-answer.ts). Markup of our own, synthetic people.
 */
const dl = (rows: [string, string][]) => `<dl>${rows.map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('')}</dl>`;
const page = (body: string) => `<!DOCTYPE html><html><head><title>Agency</title></head><body><header><span class="user">Adeyemi, Tunde</span></header>${body}</body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://agency.example.org/participant/7', extractClientContext)).reading;

describe('home and community care labels', () => {
  it('reads the record number as agencies label it', async () => {
    for (const label of ['Patient ID/MR Number', 'Patient MR #', 'Patient ID Number', 'PACE ID', 'Client ID / MRN']) {
      const r = await read(page(`<h2>Halloran, Bridie</h2>${dl([['Name', 'Halloran, Bridie'], [label, 'QX-40917'], ['Date of Birth', '02/09/1941']])}`));
      expect(r?.mrn, label).toBe('QX-40917');
    }
  });

  it("reads a Medicaid number where it is the only identifier, and the agency's number beside it", async () => {
    const alone = await read(page(`<div class="p-head">${dl([['Participant', 'Okoro, Femi'], ['Medicaid ID', '770014522P'], ['DOB', '03/03/1944']])}</div>`));
    expect(alone).toMatchObject({ name: 'Femi Okoro', mrn: '770014522P', dob: '1944-03-03' });
    const beside = await read(page(`<div class="p-head">${dl([['Participant', 'Okoro, Femi'], ['Medicaid #', '770014522P'], ['Client ID', '55120'], ['DOB', '03/03/1944']])}</div>`));
    expect(beside?.mrn).toBe('55120');
  });

  it("never takes an authorization's, a device's or the Medicare number for the record's", async () => {
    const r = await read(page(`<div class="p-head"><span>Participant: Okoro, Femi</span> <span>Medicaid ID: 770014522P</span> <span>DOB: 03/03/1944</span></div><h3>Authorization #A-220918</h3>${dl([['Device ID', 'GLU-22-1187'], ['Medicare #', '4TE5-GH2-KP81'], ['Service', 'Adult Day']])}`));
    expect(r).toMatchObject({ name: 'Femi Okoro', mrn: '770014522P', dob: '1944-03-03' });
  });

  it('reads "Consumer" as the client\'s name label', async () => {
    const r = await read(page(`<div class="c-head"><span>Consumer: Lindqvist, Arvid</span> <span>Consumer ID: AS-3310</span> <span>DOB: 01/01/1933</span></div>`));
    expect(r).toMatchObject({ name: 'Arvid Lindqvist', mrn: 'AS-3310' });
  });

  it('reads labels after an assessment item code, and a coded answer', async () => {
    const row = (code: string, label: string, value: string) => `<tr><th>(${code}) ${label}</th><td>${value}</td></tr>`;
    const r = await read(page(`<table class="demog"><caption>Demographics</caption>${row('M0040', 'Patient Name', 'Ferreira, Ines')}${row('M0020', 'Patient ID', 'HH-3302')}${row('M0066', 'Birth Date', '05/11/1950')}${row('M0069', 'Gender', '2 - Female')}</table>`));
    expect(r).toMatchObject({ name: 'Ines Ferreira', mrn: 'HH-3302', dob: '1950-05-11', sex: 'F' });
  });
});
