import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A letters app's bootstrap JSON keying the patient's record as `recordId`. Markup of our own, synthetic people. */
const read = async (html: string) => (await readInHappyDom(html, 'https://letters.example.org/l/991/edit', extractClientContext)).reading;
const state = (patient: object) =>
  `<script type="application/json" id="boot">${JSON.stringify({ letter: { id: 'L-991', recordId: 'L-991' }, patient: { firstName: 'Amara', lastName: 'Quist', dateOfBirth: '1975-02-03', ...patient } })}</script>`;
const page = (patient: object) =>
  `<!DOCTYPE html><html><head><title>Letter</title></head><body><article><p>Ms. Amara Quist<br>12 Elm Row</p><p><b>RE:</b> Amara Quist · DOB 02/03/1975 · Result letter</p><p>Dear Ms. Quist,</p></article>${state(patient)}</body></html>`;

describe('app record id', () => {
  it('reads a patient object\'s recordId as the record number', async () => {
    expect(await read(page({ recordId: 'GX-40021' }))).toMatchObject({ name: 'Amara Quist', mrn: 'GX-40021', dob: '1975-02-03' });
  });

  it('prefers the patient object\'s mrn to its recordId', async () => {
    expect(await read(page({ recordId: 'row-7', mrn: 'GX-40021' }))).toMatchObject({ mrn: 'GX-40021' });
  });
});
