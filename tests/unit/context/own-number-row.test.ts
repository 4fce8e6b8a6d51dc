import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A face sheet's grid of label and value cells, two pairs to a row, with a row the client's own social security or
 * encounter number leads (sc-pair-row.ts, others.ts). Markup of our own, synthetic people.
 */
const sheet = (lead: string, leadValue: string) => `<!DOCTYPE html><html><head><title>Face Sheet</title></head><body>
  <h1>Patient Face Sheet</h1>
  <table>
    <tr><td>Patient Name:</td><td>HALVERSEN, MARIT J</td><td>MRN:</td><td>00482213</td></tr>
    <tr><td>${lead}</td><td>${leadValue}</td><td>Age / Sex:</td><td>67 / F</td></tr>
    <tr><td>Date of Birth:</td><td>02/11/1959</td><td>Home Phone:</td><td>(503) 555-0142</td></tr>
    <tr><td>Emergency Contact:</td><td>Lars Halversen</td><td>Phone:</td><td>(503) 555-0199</td></tr>
  </table>
  </body></html>`;

describe("a row the client's own number leads", () => {
  it('is the client\'s: the pair beside the number and the phone in the row after it are read', async () => {
    for (const [lead, value] of [['SSN:', 'XXX-XX-4821'], ['FIN:', '7730012'], ['Encounter #:', 'E-20931']]) {
      const { reading } = await readInHappyDom(sheet(lead as string, value as string), 'https://ehr.example.org/facesheet/00482213', extractClientContext);
      expect(reading?.mrn).toBe('00482213');
      expect(reading?.sex, lead).toBe('F');
      expect(reading?.phone, lead).toBe('(503) 555-0142');
    }
  });

  it("while a row another person's label leads stays theirs", async () => {
    const { reading } = await readInHappyDom(sheet('Guarantor:', 'Lars Halversen'), 'https://ehr.example.org/facesheet/00482213', extractClientContext);
    expect(reading?.name).toBe('Marit J. Halversen');
    expect(reading?.sex).toBeUndefined();
  });
});
