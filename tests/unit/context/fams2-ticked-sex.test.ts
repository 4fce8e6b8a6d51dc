import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A printed form gives the sex as a row of boxes with one ticked ("☐ M ☒ F ☐ X", "[ ] Male [X] Female"):
 * the answer is the ticked option, never the whole row (ticked-option.ts). Markup of our own, synthetic people.
 */
const form = (sex: string) => `<!DOCTYPE html><html><head><title>Request</title></head><body>
  <h1>Prior Authorization Request</h1>
  <table><tr><td><span>Member name</span>Haverford, Linnea R</td><td><span>Member ID</span>QX44120987</td><td><span>Date of birth</span>02/14/1971</td></tr>
  <tr><td><span>Gender</span>${sex}</td><td><span>Phone</span>(605) 555-0142</td></tr></table>
  <h2>Prescriber</h2><table><tr><td><span>Prescriber name</span>Okwuosa, Ifeoma, MD</td><td><span>NPI</span>1558890432</td></tr></table>
</body></html>`;

describe("a form's ticked box", () => {
  it('is the sex the row of boxes gives', async () => {
    for (const [row, sex] of [['☐ Male ☒ Female ☐ Unknown', 'F'], ['[X] M [ ] F', 'M'], ['☑ F ☐ M', 'F']] as const) {
      const { reading } = await readInHappyDom(form(row), 'https://plan.example.org/pa/1', extractClientContext);
      expect(reading?.name, row).toMatch(/^Linnea R\.? Haverford$/);
      expect(reading?.sex, row).toBe(sex);
    }
  });

  it('gives no sex when no box or several are ticked', async () => {
    for (const row of ['☐ Male ☐ Female', '☒ M ☒ F']) {
      const { reading } = await readInHappyDom(form(row), 'https://plan.example.org/pa/1', extractClientContext);
      expect(reading?.sex, row).toBeUndefined();
    }
  });
});
