import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A payer's inpatient authorization names the hospital of the stay it covers its "Servicing facility" (labels.ts);
 * the servicing provider stays a clinician. Markup of our own, synthetic people.
 */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Authorization</title></head><body>${body}</body></html>`, 'https://um.plan.example.org/auth/IP-55/review', extractClientContext)).reading;

describe("an authorization's servicing facility", () => {
  it('labels the location, the servicing provider does not', () => {
    expect(matchLabel('Servicing facility')?.field).toBe('location');
    expect(matchLabel('Servicing provider')?.field ?? null).toBeNull();
  });

  it("is the stay's location beside its admit and anticipated discharge", async () => {
    const r = await read(
      `<div class="top">Utilization Management · Reviewer: Odile Marsh, RN</div>
       <section aria-label="Member"><h1>Ferrante, Luca M</h1><span>Member ID QH-5520183</span> <span>DOB 02/11/1950</span></section>
       <dl><dt>Requesting provider</dt><dd>Ibsen, Karl MD</dd><dt>Servicing facility</dt><dd>Northgate Regional Hospital</dd><dt>Admit date</dt><dd>11/30/2026</dd><dt>Anticipated discharge</dt><dd>12/05/2026</dd></dl>`,
    );
    expect(r?.admitDate).toBe('2026-11-30');
    expect(r?.location).toBe('Northgate Regional Hospital');
  });
});
