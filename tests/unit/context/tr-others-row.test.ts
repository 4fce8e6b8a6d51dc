import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An admission record's grid of four cells a row: a row led by a representative's role (POA, guarantor, proxy) holds
 * that person's name and phone, labelled as plainly as the client's own ("Home", "Cell"). Markup of our own,
 * synthetic people (others.ts).
 */
const page = (role: string) =>
  `<!DOCTYPE html><html><head><title>Admission Record</title></head><body><table class="sect"><tr><th colspan="4">RESIDENT</th></tr><tr><td>Resident Name</td><td>Aldana, Rosaura M</td><td>Resident #</td><td>HC-20931</td></tr><tr><td>Birth Date</td><td>04/02/1939</td><td>Sex</td><td>Female</td></tr><tr><td>Admission Date</td><td>11/28/2026</td><td>Room/Bed</td><td>118-B</td></tr></table><table class="sect"><tr><th colspan="4">CONTACTS</th></tr><tr><td>${role}</td><td>Aldana, Ferran</td><td>Home</td><td>(630) 555-0172</td></tr></table></body></html>`;
const read = async (role: string) => (await readInHappyDom(page(role), 'https://ltc.maplecourt-care.net/admission-record?id=20931', extractClientContext)).reading;

describe("a grid row a representative's role leads", () => {
  it("is that person's: their phone is not the client's", async () => {
    for (const role of ['POA - Health Care', 'Power of Attorney', 'Responsible Party', 'Guarantor', 'Authorized Representative', 'Health Care Proxy']) {
      const r = await read(role);
      expect(r?.name, role).toBe('Rosaura M. Aldana');
      expect(r?.mrn, role).toBe('HC-20931');
      expect(r?.phone, role).toBeUndefined();
    }
  });
});
