import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A store's FHIR-like name object with a `given` array and phones kept by use (app-state.ts). Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Plan</title></head><body>${body}</body></html>`,
    'https://app.example.org/plans/p_91', extractClientContext)).reading;

describe('an app-state patient with a FHIR-like name object', () => {
  it('reads the given array and the mobile phone', async () => {
    const r = await read(`<x-chip><span>Yara Haddad-Lund</span> <span>37 F</span></x-chip><p>Cycle 2 Day 8</p>
      <script type="application/json" id="state">{"user":{"name":"Ben Cole"},
      "patient":{"mrn":"Q70021","name":{"given":["Yara"],"family":"Haddad-Lund"},"birthDate":"1989-10-30","gender":"female",
      "phone":{"mobile":"(207) 555-0108"}}}</script>`);
    expect(r?.name).toBe('Yara Haddad-Lund');
    expect(r?.mrn).toBe('Q70021');
    expect(r?.phone).toBe('(207) 555-0108');
  });
});
