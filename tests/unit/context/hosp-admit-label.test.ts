import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A tele-ICU bed view abbreviates the hospital admission "Hosp Admit" beside its "ICU Admit" (labels.ts STAY). Markup of our own. */
const page = (label: string) => `<!DOCTYPE html><html><head><title>Tele-ICU · Bed 7</title></head><body>
<div class="bar">eICU hub · Intensivist: Marit Osei-Lund, MD</div>
<table class="pt"><tr><td class="k">Patient</td><td>OYELARAN, PERPETUA</td><td class="k">MRN</td><td>700214409</td></tr>
<tr><td class="k">DOB</td><td>1950-02-19</td><td class="k">Unit/Bed</td><td>CVICU 7</td></tr>
<tr><td class="k">${label}</td><td>11/29/2026 18:05</td><td class="k">ICU Admit</td><td>11/30/2026 02:40</td></tr></table></body></html>`;

describe('an abbreviated hospital admission label', () => {
  it("reads 'Hosp Admit' as the stay's start, and the unit and bed beside it", async () => {
    for (const label of ['Hosp Admit', 'Hosp. Admit Date']) {
      const r = (await readInHappyDom(page(label), 'https://eicu.example.org/bed/CVICU-7', extractClientContext)).reading;
      expect(r, label).toMatchObject({ name: 'Perpetua Oyelaran', mrn: '700214409', admitDate: '2026-11-29', location: 'CVICU 7' });
    }
  });
});
