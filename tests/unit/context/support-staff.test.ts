import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A disability provider's or an ABA practice's contacts rows name the client's support staff by role, each with a
 * phone (support-staff.ts, others.ts): the phone is the staff member's, never the client's. Markup of our own,
 * synthetic people.
 */
const sheet = (role: string) => `<!DOCTYPE html><html><head><title>Face Sheet</title></head><body>
  <table border="1">
    <tr><td>Last Name</td><td>Marlowe</td><td>First Name</td><td>Idris</td></tr>
    <tr><td>Individual ID</td><td>ID-55012</td><td>Birth Date</td><td>05/17/1990</td></tr>
    <tr><td>Gender</td><td>Male</td><td>Program</td><td>Supported Living</td></tr>
  </table>
  <table border="1">
    <tr><td>${role}</td><td>Ottilie Brandt</td><td>Phone</td><td>(330) 555-0166</td></tr>
  </table></body></html>`;

describe("a support staff member's contacts row", () => {
  it('keeps its phone the staff member\'s', async () => {
    for (const role of ['Service and Support Administrator', 'QIDP', 'Direct Support Professional', 'House Manager', 'Supervising BCBA', 'RBT']) {
      const { reading } = await readInHappyDom(sheet(role), 'https://dd.example.org/ind/ID-55012/face', extractClientContext);
      expect(reading?.mrn, role).toBe('ID-55012');
      expect(reading?.phone, role).toBeUndefined();
    }
  });
});
