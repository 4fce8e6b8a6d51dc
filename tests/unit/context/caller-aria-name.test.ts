import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A caller's name captioned by aria-label (crisis-caller.ts): no second client. Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Protocol</title></head><body>${body}</body></html>`, 'https://triage.example.org/t/PX-5521', extractClientContext)).reading;

describe("a caller's name under an aria-label", () => {
  it('does not stand against the patient named the same way', async () => {
    const r = await read(
      `<section aria-label="Patient"><span aria-label="Patient name">Rosalind Tremaine-Oakes</span> <span aria-label="Date of birth">09/14/2023</span> <span aria-label="Patient ID">PX-5521</span></section>` +
        `<section aria-label="Caller"><span aria-label="Caller name">Gideon Oakes</span> (father)</section>`,
    );
    expect(r?.name).toBe('Rosalind Tremaine-Oakes');
    expect(r?.mrn).toBe('PX-5521');
  });
});
