import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A contact's own "Member ID" beside the insurer's "Health plan member #" in its care details (outreach-labels.ts):
 * the unqualified one is the record's. Markup of our own, synthetic people.
 */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Contact</title></head><body>${body}</body></html>`, 'https://club.example.org/crm/contacts/5120', extractClientContext)).reading;

const contact = (planLabel: string) => `<section class="contact">
  <h2 class="title">Marisela Quennell-Adjei</h2>
  <dl><dt>Mobile</dt><dd>(619) 555-0133</dd><dt>Date of birth</dt><dd>14 Feb 1948</dd><dt>Member ID</dt><dd>SC-2207-41</dd></dl>
  <h4>Care details</h4>
  <dl><dt>${planLabel}</dt><dd>QWE771203948</dd><dt>Primary physician</dt><dd>Dr. Osric Bellweather</dd></dl>
</section>`;

describe("a plan's member number beside the contact's own", () => {
  it('reads the unqualified member id as the record number', async () => {
    for (const label of ['Health plan member #', 'Plan Member ID']) {
      const r = await read(contact(label));
      expect(r?.name, label).toBe('Marisela Quennell-Adjei');
      expect(r?.mrn, label).toBe('SC-2207-41');
    }
  });
});
