import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A case's parties table gives each party's role: the one row in the client's role is the client's, the others'
 * (an attorney, an employer contact) stay theirs, and the table is no list of clients (party-role-row.ts). Markup of
 * our own, synthetic people.
 */
const parties = (clientRole: string) => `<!DOCTYPE html><html><head><title>Matter 2207</title></head><body>
  <h2>Parties</h2>
  <table>
    <thead><tr><th>Name</th><th>Role</th><th>Date of Birth</th><th>Phone</th></tr></thead>
    <tbody>
      <tr><td>Adaeze Thornbury</td><td>Case Manager</td><td></td><td>(207) 555-0110</td></tr>
      <tr><td>Fenwick O. Delamere</td><td>${clientRole}</td><td>08/30/1966</td><td>(207) 555-0186</td></tr>
      <tr><td>Lucinda Marr, Esq.</td><td>Claimant Attorney</td><td></td><td>(207) 555-0121</td></tr>
    </tbody>
  </table></body></html>`;

describe("a case's parties table", () => {
  it("reads the row in the client's role", async () => {
    const { reading } = await readInHappyDom(parties('Claimant'), 'https://claims.example.com/matter/2207', extractClientContext);
    expect(reading?.name).toBe('Fenwick O. Delamere');
    expect(reading?.dob).toBe('1966-08-30');
    expect(reading?.phone).toBe('(207) 555-0186');
  });

  it('reads nobody when no row is in the client role', async () => {
    const { reading } = await readInHappyDom(parties('Witness'), 'https://claims.example.com/matter/2208', extractClientContext);
    expect(reading).toBeNull();
  });
});
