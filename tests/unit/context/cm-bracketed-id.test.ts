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

  it('is read after a labelled name, with a colon or without', async () => {
    for (const [value, id] of [['Whitlock, Adaeze (MRN: 60331907)', '60331907'], ['Whitlock, Adaeze (ID W66120045)', 'W66120045']]) {
      const html = `<!DOCTYPE html><html><head><title>Message</title></head><body><table class="msg"><tr><td>From:</td><td>Okeke, Grace</td></tr><tr><td>Patient:</td><td>${value}</td></tr><tr><td>DOB:</td><td>04/04/1941</td></tr></table></body></html>`;
      expect(await read(html), value).toMatchObject({ name: 'Adaeze Whitlock', mrn: id, dob: '1941-04-04' });
    }
  });
});
