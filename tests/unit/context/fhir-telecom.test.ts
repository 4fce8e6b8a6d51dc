import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** Which of a shown Patient's phones is the client's to call (fhir-telecom.ts). Markup of our own, synthetic people. */
const page = (telecom: object[]) =>
  `<!DOCTYPE html><html><head><title>Patient</title></head><body><pre>${JSON.stringify(
    {
      resourceType: 'Patient',
      id: 'p-3302',
      identifier: [{ type: { coding: [{ code: 'MR' }] }, value: 'QV-55120' }],
      name: [{ use: 'official', family: 'Ostrowski', given: ['Helena'] }],
      gender: 'female',
      birthDate: '1971-06-02',
      telecom,
    },
    null,
    2,
  )}</pre></body></html>`;
const phone = async (telecom: object[]) => (await readInHappyDom(page(telecom), 'https://fhir.example.org/r4/Patient/p-3302', extractClientContext)).reading?.phone;
const t = (value: string, more: object = {}) => ({ system: 'phone', value, ...more });

describe("a shown Patient's phone", () => {
  it('is the best ranked one', async () => {
    expect(await phone([t('555-010-1111', { use: 'home' }), t('555-010-2222', { use: 'mobile', rank: 1 })])).toBe('555-010-2222');
  });

  it("is the person's own before a work number", async () => {
    expect(await phone([t('555-010-3333', { use: 'work' }), t('555-010-1111', { use: 'home' })])).toBe('555-010-1111');
  });

  it('is never an old or ended one', async () => {
    expect(await phone([t('555-010-4444', { use: 'old' }), t('555-010-5555', { period: { end: '2020-01-01' } }), t('555-010-6666', { use: 'work' })])).toBe('555-010-6666');
  });
});
