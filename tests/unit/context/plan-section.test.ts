import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A plan's member number in a profile's insurance or billing section (plan-section.ts) is not the record number.
 * Markup of our own, synthetic people.
 */
const page = (heading: string) =>
  `<!DOCTYPE html><html><head><title>Chart</title></head><body><aside aria-label="Patient profile"><div class="pn">Lorenzo Abate-Quiroga</div><div>Male, 61 yrs (DOB 2/20/1965)</div><h4>${heading}</h4><div>Harbor Health PPO · Member ID QZR771920345</div></aside><main><p>Visit notes</p></main></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ehr.example.org/patient/5512/', extractClientContext)).reading;

describe('a member number under an insurance heading', () => {
  it("is the plan's, not the record number", async () => {
    for (const heading of ['Insurance', 'Billing', 'Coverage']) {
      const r = await read(page(heading));
      expect(r, heading).toMatchObject({ name: 'Lorenzo Abate-Quiroga', dob: '1965-02-20' });
      expect(r?.mrn, heading).toBeUndefined();
    }
  });

  it('is the record number under a heading of the member', async () => {
    expect((await read(page('Member')))?.mrn).toBe('QZR771920345');
  });
});
