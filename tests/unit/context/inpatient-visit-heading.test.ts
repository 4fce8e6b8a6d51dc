import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A chart's visit list heads each card with the visit's type and dates it on the next line; an inpatient visit's
 * dates are the stay's, an outpatient visit's are none (inpatient-visit-heading.ts). Markup of our own, synthetic people.
 */
const page = `<!DOCTYPE html><html><head><title>Visits</title></head><body>
<div class="topnav"><span class="user">Dr. Halima Yusuf</span></div>
<div class="ptBanner">
  <span class="ptName">Obinna Chukwuemeka Eze</span>
  <span class="ptDemo">Male · 57 yrs · 19 Mar 1969</span>
  <span class="ptId">Clinic ID: 20QX7M</span>
</div>
<section class="visits">
  <h3>Past visits</h3>
  <div class="card"><h4>Outpatient Visit</h4><p>27 Nov 2026, 09:00 AM – 27 Nov 2026, 09:40 AM</p><p>Medical Outpatients</p></div>
  <div class="card"><h4>Inpatient Visit</h4><p>14 Oct 2026, 06:12 PM – 19 Oct 2026, 11:05 AM</p><p>Male Medical Ward</p></div>
</section>
</body></html>`;

describe("a visit card's inpatient type over its dates", () => {
  it('dates the stay; an outpatient card does not', async () => {
    const { reading } = await readInHappyDom(page, 'https://emr.example.org/chart/77/visits', extractClientContext);
    expect(reading?.name).toBe('Obinna Chukwuemeka Eze');
    expect(reading?.admitDate).toBe('2026-10-14');
    expect(reading?.dischargeDate).toBe('2026-10-19');
  });
});
