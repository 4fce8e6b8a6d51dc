import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { withoutPartNumber } from '../../../src/context/generic/part-heading';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Printed authorization and consent forms number their parts ("Part B — Prescriber", "Section 3: Parent / Guardian")
 * and give each person the same captions: a phone under the prescriber's or the parent's part is theirs
 * (part-heading.ts, others.ts). Markup of our own, synthetic people.
 */
const form = (second: string, third: string) =>
  `<!DOCTYPE html><html><head><title>Form</title></head><body><div class="form">
   <h2>Consent for Treatment at School</h2>
   <h4>Part A – Student</h4>
   <div class="line"><div><span class="cap">Student name</span> <span>Elias Brandt-Moyo</span></div><div><span class="cap">Date of birth</span> <span>May 2, 2013</span></div><div><span class="cap">Student #</span> <span>4490-12</span></div></div>
   <h4>${second}</h4>
   <div class="line"><div><span class="cap">Name</span> <span>Ruth Okafor, MD</span></div><div><span class="cap">Phone</span> <span>(614) 555-0142</span></div></div>
   <h4>${third}</h4>
   <div class="line"><div><span class="cap">Name</span> <span>Helga Brandt</span></div><div><span class="cap">Phone</span> <span>(614) 555-0187</span></div></div>
   </div></body></html>`;

describe("a numbered part of a form headed by another person's role", () => {
  it('strips the part number before the words', () => {
    expect(withoutPartNumber('Part B — Prescriber')).toBe('Prescriber');
    expect(withoutPartNumber('Section 3: Parent / Guardian')).toBe('Parent / Guardian');
    expect(withoutPartNumber('C. Physician')).toBe('Physician');
    expect(withoutPartNumber('Dr. Okafor')).toBe('Dr. Okafor');
  });

  it("keeps the prescriber's and the parent's phones from the student", async () => {
    const { reading } = await readInHappyDom(form('Part B – Prescriber', 'Part C – Parent / Guardian'), 'https://forms.example.org/health/consent/7', extractClientContext);
    expect(reading).toMatchObject({ name: 'Elias Brandt-Moyo', mrn: '4490-12', dob: '2013-05-02' });
    expect(reading?.phone).toBeUndefined();
  });
});
