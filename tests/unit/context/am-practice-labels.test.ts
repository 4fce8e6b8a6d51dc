import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Ambulatory practice screens' own spellings: a banner's name after "Pt:" or before an age and sex, a demographics
 * form's bare "Chart" field, a "PRN" (patient record number) chip. Markup of our own, synthetic people.
 */
const page = (body: string) => `<!DOCTYPE html><html><head><title>Chart</title></head><body>${body}</body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ehr.example.org/chart/5120', extractClientContext)).reading;

describe('practice labels', () => {
  it('reads the name after "Pt:" in a name element', async () => {
    const r = await read(page('<div class="Banner_root__k2j9x" data-testid="patient-banner"><span data-testid="patient-name">Pt: Abiodun, Folake</span><span>52 y/o F</span><span>MRN 31-220417</span><span>DOB: 02/02/1974</span></div>'));
    expect(r).toMatchObject({ name: 'Folake Abiodun', mrn: '31-220417', dob: '1974-02-02' });
  });

  it('reads a form\'s bare "Chart" field as the record number', async () => {
    const field = (l: string, v: string, id: string) => `<div class="row"><label for="${id}">${l}</label><input id="${id}" value="${v}" readonly></div>`;
    const r = await read(page(`<h1>Demographics</h1><section>${field('Name', 'HALVERSON, PIA', 'a')}${field('Chart', 'HAL0093', 'b')}${field('DOB', '06/30/1966', 'c')}</section>`));
    expect(r).toMatchObject({ name: 'Pia Halverson', mrn: 'HAL0093', dob: '1966-06-30' });
  });

  it('reads a "PRN" chip as the record number', async () => {
    const r = await read(page('<div class="chart-header"><span class="ch-name">Marchetti, Lia</span> <span>PRN: MAL2207</span><div>DOB: 10/10/1990</div></div>'));
    expect(r).toMatchObject({ name: 'Lia Marchetti', mrn: 'MAL2207', dob: '1990-10-10' });
  });

  it('reads the name before an age and sex in its element', async () => {
    const r = await read(page('<div class="chart-header"><span class="ch-name">Patient: Ozdemir, Leyla, 45 yo F</span> <span>PRN: OZL5521</span> <span>DOB: 03/03/1981</span></div>'));
    expect(r).toMatchObject({ name: 'Leyla Ozdemir', mrn: 'OZL5521', dob: '1981-03-03' });
  });
});
