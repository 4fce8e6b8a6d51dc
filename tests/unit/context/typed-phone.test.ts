import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A client's phone printed bare with its type after it, in the profile block that holds the identity
 * (typed-phone.ts). Markup of our own, synthetic people.
 */
const page = (lines: string) =>
  `<!DOCTYPE html><html><head><title>Chart</title></head><body><div class="top">Clinic · Dr. Ana Poleski</div><aside aria-label="Patient profile"><div class="pn">Teodoro Baptista-Lyle</div><div>Male, 49 yrs (DOB 8/1/1977)</div>${lines}<h4>Emergency Contact</h4><div>Rosa Baptista (Wife)</div><div>(207) 555-0177 (Mobile)</div></aside><main><p>Notes</p></main></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ehr.example.org/patient/7741/', extractClientContext)).reading;

describe('a bare phone with its type', () => {
  it("is the client's in the identity's block", async () => {
    for (const line of ['<div>(207) 555-0143 (Mobile)</div>', '<div>207-555-0143 · Home · Text OK</div>']) {
      expect(await read(page(line)), line).toMatchObject({ name: 'Teodoro Baptista-Lyle', dob: '1977-08-01', phone: line.includes('(207)') ? '(207) 555-0143' : '207-555-0143' });
    }
  });

  it('is nobody\'s when two are typed, or in a contact\'s section only', async () => {
    expect((await read(page('<div>(207) 555-0143 (Mobile)</div><div>(207) 555-0150 (Home)</div>')))?.phone).toBeUndefined();
    expect((await read(page('')))?.phone).toBeUndefined();
  });
});
