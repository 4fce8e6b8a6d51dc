import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A text widget prints an identifier and, on the next line, a colleague's caption, both without colons
 * ("HMIS ID 5d1c-77a0-4e12<br>Case worker Emeric Szabó"): read whole, the identifier ran into the next line's first
 * word; its lines are read one by one (linesAtBreaks in br-labelled-lines.ts). Markup of our own, synthetic people.
 */
const page = `<!DOCTYPE html><html><head><title>Case view</title></head><body>
  <div><span>Outreach tools</span> <span>Signed in: Tove Lindqvist</span></div>
  <div>
    <div><span><h2>Case: Babatunde Oyelaran</h2></span></div>
    <div><span>Birthdate</span></div><div><input type="text" value="04 Nov 1979" disabled></div>
    <div><span>Gender</span></div><div><button disabled><span>Male</span></button></div>
    <div><span>HMIS ID 7f2e-19b4-6c03<br>Case worker Emeric Szabó</span></div>
  </div>
</body></html>`;

describe('an identifier on a line of its own, the next line captioned without a colon', () => {
  it('reads the identifier alone', async () => {
    const { reading } = await readInHappyDom(page, 'https://tools.example.org/app/case-view?id=203', extractClientContext);
    expect(reading).toMatchObject({ name: 'Babatunde Oyelaran', mrn: '7f2e-19b4-6c03' });
  });
});
