import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A block of identity values under another person's heading ("<h1>Guarantor</h1><section><dl>Name, DOB, Phone…") is that
 * person's, read as a line too: a practice's guarantor page shows no client. Markup of our own, synthetic people.
 */
const details = '<dl><dt>Name</dt><dd>Sandoval, Teodoro</dd><dt>DOB</dt><dd>10/10/1971</dd><dt>Phone</dt><dd>(505) 555-0140</dd></dl>';
const page = (heading: string) => `<!DOCTYPE html><html><head><title>Practice</title></head><body><header class="app"><span>PM Suite</span></header>${heading}<section>${details}</section><h2>Patients guaranteed</h2><table><tr><th>Patient</th><th>ID</th></tr><tr><td>Sandoval, Inés</td><td>900811</td></tr><tr><td>Sandoval, Rafa</td><td>900812</td></tr></table></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://pm.example.org/guarantors/77', extractClientContext)).reading;

describe("another person's heading over a block", () => {
  it('makes a guarantor page or a contact block no client', async () => {
    for (const heading of ['<h1>Guarantor</h1>', '<h2>Responsible Party</h2>', '<h2>Emergency Contact</h2>']) expect(await read(page(heading)), heading).toBeNull();
  });
});
