import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A transplant recipient's page beside the living donor's card: the donor is another person with a record
 * number and birth date of their own, under a heading that says so (scr-others-section.ts). Markup of our own,
 * synthetic people; the second page has no class attributes, as a product with hashed or no classes prints it.
 */
const recipient = (heading: string, classes: boolean) => `<!DOCTYPE html><html><head><title>Recipient</title></head><body>
  <div${classes ? ' class="banner"' : ''} role="region" aria-label="Recipient">
    <div><div${classes ? ' class="who"' : ''}>Quarshie, Abena K.</div><div>Kidney recipient candidate · Listed</div></div>
    <dl><dt>MRN</dt><dd>7720418</dd><dt>DOB</dt><dd>03/09/1969</dd><dt>Sex</dt><dd>F</dd></dl>
    <dl><dt>Home</dt><dd>(901) 555-0122</dd><dt>Nephrologist</dt><dd>Dr. Imani Boateng</dd></dl>
  </div>
  <div>
    <h3>${heading}</h3>
    <div><div><b>Donor</b>Kofi Quarshie (brother)</div><div><b>Donor MRN</b>5530177</div><div><b>Donor DOB</b>12/01/1972</div></div>
  </div></body></html>`;

describe("a living donor's card beside the recipient", () => {
  for (const classes of [true, false]) {
    it(`is the donor's, and the recipient is read (${classes ? 'with' : 'without'} classes)`, async () => {
      const { reading } = await readInHappyDom(recipient('Living donor evaluation', classes), 'https://tx.example.org/kidney/recipients/7720418', extractClientContext);
      expect(reading).toMatchObject({ name: 'Abena K. Quarshie', mrn: '7720418', dob: '1969-03-09' });
    });
  }
});
