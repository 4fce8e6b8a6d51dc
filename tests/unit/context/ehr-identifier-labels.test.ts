import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';

/**
 * Hospital systems outside the US number their patients by registration ("Registration No", "Reg.
 * No") or call the number a code ("Patient Code"). Our own markup.
 */
const page = (label: string, value: string) =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Patient</title></head><body><div id="app"><h3>Tomasz Ekwueme-Lindqvist</h3>` +
      `<div class="info"><strong>${label}</strong><h6>${value}</h6></div><div class="info"><strong>Date of Birth</strong><h6>04/07/1983</h6></div>` +
      `<h5>Diagnoses</h5><table><tr><th>Diagnosis</th><th>Date</th></tr><tr><td>Asthma</td><td>2026-02-11</td></tr></table></div></body></html>`,
    'text/html',
  );

describe('identifier labels of registration systems', () => {
  it('reads a patient code or registration number as the record number', async () => {
    for (const [label, value] of [['Patient Code', 'P-00912'], ['Registration No', 'REG204417'], ['Reg. No.', '55-20417'], ['Client Code', 'C-7781']] as const) {
      const r = await extractClientContext(page(label, value), 'https://hospital.example.org/patients/912', { adapters: [] });
      expect(r, label).toMatchObject({ name: 'Tomasz Ekwueme-Lindqvist', mrn: value });
    }
  });

  it('takes no code or registration detail that is not a number for the person', () => {
    for (const label of ['Postal Code', 'Zip Code', 'Registration Date', 'Diagnosis Code', 'Registration', 'Code']) expect(matchLabel(label)?.field ?? null, label).not.toBe('mrn');
  });

  it('reads a phone labelled with its kind as a letter and an action link in brackets', () => {
    for (const label of ['Phone(H)(History):', 'Phone (C):', 'Phone(W)', 'Home Phone (edit):']) expect(matchLabel(label)?.field, label).toBe('phone');
    expect(matchLabel('Address (map):')?.field ?? null).not.toBe('phone');
  });
});
