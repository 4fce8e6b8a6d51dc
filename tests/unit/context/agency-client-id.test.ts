import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A state agency's case-management screen numbers its client under the agency's abbreviation, beside the person's
 * Medicaid number (agency-client-id.ts). Markup of our own, synthetic people.
 */
const form = (label: string) => `<!DOCTYPE html><html><head><title>Redetermination</title></head><body>
  <fieldset><legend>Participant</legend><table>
    <tr><td>Last Name</td><td>Okafor-Lind</td><td>First Name</td><td>Bram</td></tr>
    <tr><td>${label}</td><td>0072-18841</td><td>Medicaid ID</td><td>MCD55102934</td></tr>
    <tr><td>Date of Birth</td><td>09/04/1998</td><td>County</td><td>Pulaski</td></tr>
  </table></fieldset></body></html>`;

const read = async (label: string) => (await readInHappyDom(form(label), 'https://cm.state.example.gov/redet/edit', extractClientContext)).reading;

describe("an agency's abbreviation before a client id", () => {
  it("labels the client's own number, which the Medicaid id yields to", async () => {
    for (const label of ['DDS Client ID', 'DDA Individual #', 'DMH Consumer No.']) expect((await read(label))?.mrn, label).toBe('0072-18841');
  });

  it('not when the word says the number is an old one', async () => {
    expect((await read('OLD Client ID'))?.mrn).toBe('MCD55102934');
  });
});
