import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A referral letter saved as a web page: the clinic's letterhead prints "Tel … · Fax …" before the RE block that gives
 * the patient's own home phone. A phone beside a fax is the office's (office-line.ts). Markup of our own, synthetic
 * people.
 */
const page = `<!DOCTYPE html><html><head><title>Referral letter</title></head><body><div>
<p align=right><b><span>Lakeshore Family Medicine</span></b></p>
<p align=right><span>1200 Harbor Rd · Madison, WI 53703</span></p>
<p align=right><span>Tel (608) 555-0177 · Fax (608) 555-0178</span></p>
<p>&nbsp;</p>
<p>December 2, 2026</p>
<p>&nbsp;</p>
<p>Intake Department</p>
<p>Westside Disability Resource Center</p>
<p>&nbsp;</p>
<p><b>RE:<span>&nbsp;&nbsp;&nbsp;&nbsp; </span>Odalys M. Kerrigan</b></p>
<p><b><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>DOB: 04/17/1951<span>&nbsp;&nbsp; </span>MRN: LFM-330927</b></p>
<p><b><span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>Home phone: 608-555-0164</b></p>
<p>&nbsp;</p>
<p>Dear Intake Coordinator,</p>
<p>I am referring my patient, Ms. Kerrigan, for an in-home assessment after her hip fracture.</p>
</div></body></html>`;

describe('a letterhead phone beside a fax', () => {
  it("is the office's: the patient's own phone is read", async () => {
    const { reading } = await readInHappyDom(page, 'https://files.example.org/letters/330927.htm', extractClientContext);
    expect(reading).toMatchObject({ name: 'Odalys M. Kerrigan', dob: '1951-04-17', phone: '608-555-0164' });
  });
});
