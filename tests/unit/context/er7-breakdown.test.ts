import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { parseName } from '../../../src/context/parse/names';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A message parser prints a field's ER7 value, then its components one per line (dicom-name.ts): "DOE^JANE^M" over
 * "DOE", "JANE", "M" is Jane M. Doe, never a garbled "Jane Mdoe Jane M". Markup of our own, synthetic people.
 */
describe('a caret-joined name followed by its components', () => {
  it('is the name alone, with or without a break before the components', () => {
    expect(parseName('OSTERGAARD^MAJA^L OSTERGAARD MAJA L')).toBe('Maja L. Ostergaard');
    expect(parseName('OSTERGAARD^MAJA^LOSTERGAARD MAJA L')).toBe('Maja L. Ostergaard');
  });

  it('keeps other text after a caret name as it is', () => {
    expect(parseName('OSTERGAARD^MAJA^L NIELSEN')).not.toBe('Maja L. Ostergaard');
  });

  it("is read so from a parser's cell that lists the components under the value", async () => {
    const html = `<!DOCTYPE html><html><head><title>Parser</title></head><body><h1>HL7 parser</h1>
      <table><tr><td>Patient Name</td><td><code>OSTERGAARD^MAJA^L</code><ol><li>OSTERGAARD</li><li>MAJA</li><li>L</li></ol></td></tr>
      <tr><td>Date of Birth</td><td>03/09/1977</td></tr><tr><td>MRN</td><td>Q-448120</td></tr></table></body></html>`;
    const { reading } = await readInHappyDom(html, 'https://parser.example.org/', extractClientContext);
    expect(reading?.name).toBe('Maja L. Ostergaard');
  });
});
