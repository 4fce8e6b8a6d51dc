import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A transition-of-care document's header names the stay after the C-CDA element it comes from: "Encompassing
 * encounter: Inpatient, from … to …" (labels.ts). Markup of our own, synthetic people.
 */
const html = `<!DOCTYPE html><html><head><title>Continuity of Care Document</title></head><body><h1>Continuity of Care Document</h1><table class="demographics"><tr><td><b>Patient:</b></td><td>Kasimir Oduya</td></tr><tr><td><b>Birthdate:</b></td><td>May 5, 1946</td></tr><tr><td><b>Patient IDs:</b></td><td>7712044</td></tr></table><table class="encounter"><tr><td><b>Encompassing encounter:</b></td><td>Inpatient, from November 21, 2026 to November 28, 2026</td></tr><tr><td><b>Responsible party:</b></td><td>Priscilla Nwankwo, MD</td></tr></table></body></html>`;

describe('an encompassing encounter', () => {
  it('is the stay', async () => {
    const r = (await readInHappyDom(html, 'https://viewer.statehie.net/doc/7712044', extractClientContext)).reading;
    expect(r).toMatchObject({ name: 'Kasimir Oduya', admitDate: '2026-11-21', dischargeDate: '2026-11-28' });
  });
});
