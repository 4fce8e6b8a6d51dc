import { describe, expect, it } from 'vitest';
import { normalizeId } from '../../../src/context/parse/fields';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A member id printed in spaced groups after its plan prefix (fields.ts). Synthetic numbers. */
describe('a member id in spaced groups', () => {
  it('reads the groups after a letter prefix as one id', () => {
    for (const id of ['YJK 4401 9827 01', 'XQA 220 1183 77', 'H 5512 0093 4410 2']) expect(normalizeId(id), id).toBe(id);
  });

  it('never reads a phone, a card number or a date in groups as one', () => {
    for (const text of ['1 555 123 4567', '+1 555 123 4567', '4111 1111 1111 1111', 'Dec 05 2026 10 30', 'Suite 4 Floor 12 Bldg 3']) expect(normalizeId(text), text).toBeNull();
  });

  it('reads it under its label on a payer page', async () => {
    const html = `<!DOCTYPE html><html><head><title>Claim</title></head><body><h2>Member Information</h2><table><tr><th>Member Name:</th><td>Odile T. Brannigan</td><th>Member ID:</th><td>YJK 4401 9827 01</td></tr><tr><th>Date of Birth:</th><td>03/07/1941</td><th>Gender:</th><td>F</td></tr></table></body></html>`;
    const r = (await readInHappyDom(html, 'https://portal.payer.example.com/claims/status/8812', extractClientContext)).reading;
    expect(r).toMatchObject({ name: 'Odile T. Brannigan', mrn: 'YJK 4401 9827 01', dob: '1941-03-07' });
  });
});
