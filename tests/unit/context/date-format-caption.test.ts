import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A research data entry form prints a date field's format after its caption, "Date of birth (M-D-Y)"
 * (label-instruction.ts); and a radio choice's caption as bare text after the control (hc-form-group.ts). Markup of our own,
 * synthetic people.
 */
const form = `<!DOCTYPE html><html><head><title>Data entry</title></head><body>
  <table class="form">
    <tr><td class="labelrc">First name</td><td class="data"><input name="first_name" value="Cosima"></td></tr>
    <tr><td class="labelrc">Last name</td><td class="data"><input name="last_name" value="Thornbury"></td></tr>
    <tr><td class="labelrc">Date of birth <span>(Y-M-D)</span></td><td class="data"><input name="dob" value="1950-11-03"></td></tr>
    <tr><td class="labelrc">Sex</td><td class="data"><input type="radio" name="sex" value="1" checked> Female <input type="radio" name="sex" value="2"> Male</td></tr>
    <tr><td class="labelrc">Medical record number</td><td class="data"><input name="mrn" value="R5520981"></td></tr>
  </table></body></html>`;

describe('a research data entry form', () => {
  it('reads a date captioned with its format', async () => {
    const { reading } = await readInHappyDom(form, 'https://redcap.example.edu/DataEntry/index.php?id=4', extractClientContext);
    expect(reading?.dob).toBe('1950-11-03');
  });

  it("reads a checked radio's bare caption as the sex", async () => {
    const { reading } = await readInHappyDom(form, 'https://redcap.example.edu/DataEntry/index.php?id=4', extractClientContext);
    expect(reading?.sex).toBe('F');
  });
});
