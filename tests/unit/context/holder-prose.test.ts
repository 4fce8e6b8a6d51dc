import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An insurance line in the banner names the policy holder with their own birth date, no colon (holder-prose.ts): on
 * a child's chart that is a parent's. Markup of our own, synthetic people.
 */
const page = `<!DOCTYPE html><html><head><title>Quick view</title></head><body>
<clinic-shell user="Dr. Nadia Ferreira">
<div class="top"><span>Willow Creek Pediatrics</span> <span>Nadia Ferreira, MD</span></div>
<patient-banner data-patient-id="8812">
 <div class="bn-name">Oskar Wendt-Alvarez</div>
 <div class="bn-ins">Ins: Prairie Kids Plan · Member 55120934Z · Policy holder Lucia Alvarez DOB 02-14-1989</div>
</patient-banner>
<div class="qv"><h3>Immunizations</h3><ul><li>MMR #1 — due now</li><li>Influenza #1 — given 11-20-2026</li></ul></div>
</clinic-shell>
</body></html>`;

describe("a policy holder's birth date in an insurance line", () => {
  it('is never the client\u2019s', async () => {
    const { reading } = await readInHappyDom(page, 'https://peds.example.org/qv/8812', extractClientContext);
    expect(reading?.dob).not.toBe('1989-02-14');
  });
});
