import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A home-health patient bar prints the record number with its label in brackets after the name
 * ("(MR# 1002231)"): the chip is read without its brackets (labelled.ts). Markup of our own, synthetic people.
 */
const page = (chip: string) =>
  `<!DOCTYPE html><html><head><title>Episode</title></head><body><div class="patient-strip"><span class="strip-name">OYELARAN, Matthias</span> <span class="strip-id">${chip}</span><span class="strip-item">DOB: 11/21/1940</span></div><h2>Visits</h2></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://homehealth.example.org/episode/5521', extractClientContext)).reading;

describe('a labelled identifier in brackets', () => {
  it('is read as the record number', async () => {
    for (const chip of ['(MR# 2044718)', '(MRN 2044718)', '(Patient ID 2044718)']) {
      const r = await read(page(chip));
      expect(r?.name, chip).toBe('Matthias Oyelaran');
      expect(r?.mrn, chip).toBe('2044718');
    }
  });
});
