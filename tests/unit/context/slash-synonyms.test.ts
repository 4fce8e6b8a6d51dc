import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * One field under two of its spellings joined by a slash ("Est. discharge / EDD", "Medical Record # / Chart #") is
 * that field's label; two fields joined so are two columns. Markup of our own, synthetic people.
 */
const read = async (html: string) => (await readInHappyDom(html, 'https://care.example.org/members/5521', extractClientContext)).reading;
const page = (rows: string[][]) =>
  `<!DOCTYPE html><html><body><div>Signed in: Leopoldine Marsh</div><header class="member"><h1>Tor Brandvold</h1><dl>${rows
    .map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`)
    .join('')}</dl></header></body></html>`;

describe('two spellings of one label joined by a slash', () => {
  it('reads an expected discharge labelled by both its spellings', async () => {
    const reading = await read(page([['Member ID', 'QP-77120'], ['Date of Birth', '1950-03-02'], ['Est. discharge / EDD', '2026-12-09']]));
    expect(reading).toMatchObject({ name: 'Tor Brandvold', dischargeDate: '2026-12-09', dischargeActual: false });
  });

  it('takes a record number or a birth date labelled by two of its names as that field', () => {
    expect(matchLabel('Medical Record # / Chart #')?.field).toBe('mrn');
    expect(matchLabel('DOB / Birth Date')?.field).toBe('dob');
  });

  it('keeps two fields, a bare word or two people joined by a slash from being one label', () => {
    for (const label of ['MRN / FIN', 'Admit / Discharge', 'Home / Cell', 'Name / DOB', 'Phone / Age', 'Patient / Guarantor']) {
      expect(matchLabel(label), label).toBeNull();
    }
    expect(matchLabel('D/C')?.field).toBe('dischargeDate');
  });
});
