import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A registry or registration form prints the name in part fields with a suffix field beside the middle name, often
 * empty; a form's captions may carry no colon. Markup of our own, synthetic people.
 */
const form = (colon: string, suffix: string) => `<!DOCTYPE html><html><head><title>Immunization Registry</title></head><body>
  <h1>Patient record</h1>
  <table>
    <tr><td>Last Name${colon}</td><td>OKONKWO-BELL</td><td>First Name${colon}</td><td>AMARA</td></tr>
    <tr><td>Middle Name${colon}</td><td>GRACE</td><td>Suffix${colon}</td><td>${suffix}</td></tr>
    <tr><td>Birth Date${colon}</td><td>04/02/2018</td><td>Gender${colon}</td><td>Female</td></tr>
    <tr><td>Registry ID${colon}</td><td>5510039921</td><td>Status${colon}</td><td>Active</td></tr>
  </table>
  </body></html>`;

describe('a suffix field beside the name parts', () => {
  it('is a caption of its own, never part of the middle name, with or without colons', async () => {
    for (const colon of [':', '']) {
      const { reading } = await readInHappyDom(form(colon, ''), 'https://iis.example.gov/patient/5510039921', extractClientContext);
      expect(reading?.name).toBe('Amara Grace Okonkwo-Bell');
      expect(reading?.dob).toBe('2018-04-02');
    }
  });
});
