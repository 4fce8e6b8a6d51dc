import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A claim detail's service lines head a money column with the patient's share ("Patient Resp.", "Member Paid"):
 * that column holds amounts, so the lines are no list of patients and the member's labelled details are read
 * (pp-amount-column.ts). A real "Patient" column still makes a list. Markup of our own, synthetic people.
 */
const page = (column: string) =>
  `<!DOCTYPE html><html><head><title>Claim Detail</title></head><body><div>Welcome, Ines Varga | Log Out</div>
<h2>Member Information</h2>
<table class="info"><tr><th>Member Name:</th><td>Octavia R. Pennington</td><th>Date of Birth:</th><td>02/17/1961</td></tr>
<tr><th>Gender:</th><td>F</td><th>Claim Number:</th><td>2026330B11903</td></tr></table>
<table class="grid"><tr><th>Line</th><th>From</th><th>Procedure</th><th>Billed</th><th>Paid</th><th>${column}</th></tr>
<tr><td>1</td><td>11/18/2026</td><td>99214</td><td>$245.00</td><td>$112.11</td><td>$30.00</td></tr>
<tr><td>2</td><td>11/18/2026</td><td>20610</td><td>$310.00</td><td>$96.40</td><td>$0.00</td></tr></table></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://payer.example.org/claims/2026330B11903', extractClientContext)).reading;

describe("a column of the patient's share of a bill", () => {
  it('makes no list of patients', async () => {
    for (const column of ['Patient Resp.', 'Patient Responsibility', 'Member Paid', 'Patient Balance']) {
      expect((await read(page(column)))?.name, column).toBe('Octavia R. Pennington');
    }
  });
  it('while a patient column still does', async () => {
    expect((await read(page('Patient'))) ?? null).toBeNull();
  });
});
