import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A FHIR tool's identifier rows printed "system | value (type)" (fhir-piped-identifier.ts). Our own markup. */
const row = (k: string, v: string) => `<div class="r"><strong>${k}</strong> ${v}</div>`;
const page = (ids: string[]) =>
  '<!DOCTYPE html><html><head><title>Patient viewer</title></head><body><div class="panel"><div class="head">Patient/kt-77</div><div class="body">' +
  row('Name', 'Tobiah MERRIWEATHER') + row('Gender', 'male') + row('Birth date', '1955-01-23') + ids.map((v) => row('Identifier', v)).join('') +
  '</div></div></body></html>';
const read = async (html: string) => (await readInHappyDom(html, 'https://viewer.example.com/patient.html#kt-77', extractClientContext)).reading;

describe('an identifier printed "system | value (type)"', () => {
  it('reads the MR-typed value beside a national number', async () => {
    expect(await read(page(['urn:oid:2.16.840.1.113883.2.1.4.1 | 640 118 2291 (NHS)', 'https://stmary.example/mrn | SM-550812 (MR)']))).toMatchObject({ name: 'Tobiah Merriweather', mrn: 'SM-550812' });
  });

  it('reads no record number from a national number alone', async () => {
    expect((await read(page(['urn:oid:2.16.840.1.113883.2.1.4.1 | 640 118 2291 (NHS)'])))?.mrn).toBeUndefined();
  });
});
