import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An application form's part for another person under a heading too long to be read whole ("Part 2. Authorized
 * representative / person completing this form"): its first words say whose the part is, and the name, birth date
 * and phone given there are that person's (long-part-heading.ts). Markup of our own, synthetic people.
 */
const form = (legend: string) => `<!DOCTYPE html><html><head><title>Application</title></head><body>
  <h1>Application for Waiver Services</h1>
  <fieldset><legend>Part 1. Applicant</legend>
    <label>Last name <input value="Szabo-Lindahl" readonly></label><label>First name <input value="Henrietta" readonly></label>
    <label>Medicaid ID <input value="ZQ55102934" readonly></label><label>Date of birth <input value="04/04/1944" readonly></label>
    <label>Telephone <input value="(405) 555-0118" readonly></label></fieldset>
  <fieldset><legend>${legend}</legend>
    <label>Name <input value="Casimir Szabo" readonly></label><label>Relationship <input value="Nephew" readonly></label>
    <label>Telephone <input value="(405) 555-0166" readonly></label><label>Date of birth <input value="09/09/1981" readonly></label></fieldset>
</body></html>`;

describe("a long heading of another person's part", () => {
  it("makes the part's name, birth date and phone theirs", async () => {
    for (const legend of ['Part 2. Authorized representative / person completing this form on the applicant’s behalf', 'Section B — Legal guardian (if the applicant has one appointed by a court)']) {
      const { reading } = await readInHappyDom(form(legend), 'https://state.example.gov/waiver/app/1', extractClientContext);
      expect(reading?.name, legend).toBe('Henrietta Szabo-Lindahl');
      expect(reading?.dob, legend).toBe('1944-04-04');
      expect(reading?.phone, legend).toBe('(405) 555-0118');
    }
  });
});
