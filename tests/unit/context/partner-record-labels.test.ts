import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A legal aid's case page keeps the referring clinic's record number beside its own client number
 * (partner-record-labels.ts). Markup of our own, synthetic people.
 */
const matter = (label: string) => `<!DOCTYPE html><html><head><title>Matter 00771</title></head><body>
  <div class="user">Attorney: Greta Solis</div>
  <table class="client">
    <tr><th>Client</th><td>Abernathy-Cole, Reuben</td></tr>
    <tr><th>Client No.</th><td>LA-000915</td></tr>
    <tr><th>Date of Birth</th><td>02/19/1977</td></tr>
    <tr><th>${label}</th><td>RX-4409127</td></tr>
  </table>
  <p>Landlord: Pinecrest Holdings LLC. Hearing 01/05/2027, Part C.</p></body></html>`;

const state = `<!DOCTYPE html><html><head><title>Case</title></head><body><h1>Case 27-HC-0412</h1><p>Tenant R. Abernathy-Cole</p>
  <script type="application/json" id="__NEXT_DATA__">{"props":{"pageProps":{"case":{"client":{"firstName":"Reuben","lastName":"Abernathy-Cole","dob":"1977-02-19","clinicMrn":"RX-4409127"}}}}}</script></body></html>`;

const read = async (html: string) => (await readInHappyDom(html, 'https://legal.example/matters/771', extractClientContext)).reading;

describe("the referring clinic's record number on a legal aid's case", () => {
  it("is the record number, ahead of the agency's client number", async () => {
    for (const label of ['Health Center Patient ID', 'FQHC Chart #', 'Clinic MRN (custom field)', 'Clinic MRN (referral)']) {
      expect((await read(matter(label)))?.mrn, label).toBe('RX-4409127');
    }
  });

  it('kept as clinicMrn in the app state', async () => {
    expect((await read(state))?.mrn).toBe('RX-4409127');
  });

  it('not a number noted as another person’s', async () => {
    expect((await read(matter('MRN (mother)')))?.mrn).toBe('LA-000915');
  });
});
