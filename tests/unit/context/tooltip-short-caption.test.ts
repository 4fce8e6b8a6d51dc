import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { withoutShortCaption } from '../../../src/context/generic/tooltip-short-caption';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A tooltip-captioned chip that prints a short caption before its value (tooltip-short-caption.ts). Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Order</title></head><body>${body}</body></html>`,
    'https://pm.example.org/orders/5521', extractClientContext)).reading;

describe('a short caption inside a tooltip-captioned chip', () => {
  it('drops a leading caption of the same field only', () => {
    expect(withoutShortCaption('ID 40517', 'Patient ID')).toBe('40517');
    expect(withoutShortCaption('Cell (555) 555-0101', 'Mobile phone')).toBe('(555) 555-0101');
    expect(withoutShortCaption('Ward 4', 'Patient ID')).toBe('Ward 4');
    expect(withoutShortCaption('Rose Adair', 'Patient name')).toBe('Rose Adair');
  });

  it('reads the record number of a patient bar captioned by titles', async () => {
    const r = await read(`<div class="pbar"><a href="/patients/40517">Tobiah Mensah-Clarke</a>
      <span title="Patient ID">ID 40517</span> <span title="Date of birth">11/02/1986</span> <span title="Sex">Male</span></div>
      <main><h1>Contact lens order</h1></main>`);
    expect(r?.name).toBe('Tobiah Mensah-Clarke');
    expect(r?.mrn).toBe('40517');
  });
});
