import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** An arrival taken as one date-and-time control (pairs.ts controlValue). Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://ed.example.org/triage/7781', extractClientContext)).reading;

describe('a datetime-local input under a stay label', () => {
  it("reads its ISO value's date", async () => {
    const r = await read(`<div role="region" aria-label="Patient header"><span aria-label="Patient name">Osman Verhoeven</span>
      <span aria-label="Medical record number">EDX-330981</span></div>
      <form><label>Arrival date/time <input type="datetime-local" value="2026-04-11T23:52"></label>
      <label>Chief complaint <input value="Fall from ladder"></label></form>`);
    expect(r).toMatchObject({ name: 'Osman Verhoeven', mrn: 'EDX-330981', admitDate: '2026-04-11' });
  });
});
