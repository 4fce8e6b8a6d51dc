import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A claim form's numbered boxes: the box number and the filling instruction are no part of a caption (form-item.ts);
 * the insured's boxes stay the insured's. Markup of our own, synthetic people.
 */
const read = async (html: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Claim</title></head><body>${html}</body></html>`, 'https://bill.example.org/claims/7/edit', extractClientContext)).reading;

const box = (cap: string, value: string) => `<div class="box"><span class="cap">${cap}</span><input value="${value}"></div>`;

describe('a numbered claim-form box', () => {
  it('reads as its caption without the number and the instruction', () => {
    expect(matchLabel("2. Patient's Name (Last, First, MI)")?.field).toBe('name');
    expect(matchLabel('5. Telephone (Include Area Code)')?.field).toBe('phone');
    expect(matchLabel("26. Patient's Account No.")?.field).toBe('mrn');
    expect(matchLabel("3. Patient's Birth Date / Sex")?.field).toBe('dob');
    expect(matchLabel("11a. Insured's Date of Birth")).toBeNull();
  });

  it("reads an institutional form's locators, a spelled-out name instruction and a date's box layout", () => {
    expect(matchLabel("2. Patient's Name (Last Name, First Name, Middle Initial)")?.field).toBe('name');
    expect(matchLabel("3. Patient's Birth Date MM DD YY / Sex")?.field).toBe('dob');
    expect(matchLabel('8 PATIENT NAME')?.field).toBe('name');
    expect(matchLabel('10 BIRTHDATE')?.field).toBe('dob');
    expect(matchLabel('b. MED. REC. #')?.field).toBe('mrn');
    // Only a caption in capitals loses a bare number: "12 Bed" is a value, not a bed's caption.
    expect(matchLabel('12 Bed')).toBeNull();
    expect(matchLabel("58 INSURED'S NAME")).toBeNull();
  });

  it('gives the patient, never the insured', async () => {
    const r = await read(
      `<div class="claim">${box("1a. Insured's ID Number", 'QPX5520148')}${box("4. Insured's Name (Last, First, MI)", 'TREMBLAY, GASTON')}
       ${box("2. Patient's Name (Last, First, MI)", 'TREMBLAY, ODILE F')}${box("3. Patient's Birth Date / Sex", '07/30/1983')}
       ${box('5. Telephone (Include Area Code)', '(802) 555-0161')}${box("7. Insured's Telephone", '(802) 555-0178')}
       ${box("11a. Insured's Date of Birth", '01/12/1980')}${box("26. Patient's Account No.", 'BV-330918')}</div>`,
    );
    expect(r?.name).toBe('Odile F. Tremblay');
    expect(r?.dob).toBe('1983-07-30');
    expect(r?.phone).toBe('(802) 555-0161');
    expect(r?.mrn).toBe('BV-330918');
  });
});
