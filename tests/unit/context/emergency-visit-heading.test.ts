import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A document heading naming an emergency visit is the client's own document; a heading naming an emergency contact is
 * another person's section. Markup of our own, synthetic people.
 */
const page = (heading: string) => `<!DOCTYPE html><html><head><title>Viewer</title></head><body>
  <main><h1>${heading}</h1>
    <table><tbody>
      <tr><td><b>Patient</b></td><td>Official: Rosalind Clare FENWICK</td></tr>
      <tr><td><b>Date of birth</b></td><td>April 2, 1961</td><td><b>Sex</b></td><td>Female</td></tr>
      <tr><td><b>Patient-IDs</b></td><td>7730194 (Harbor Point Hospital MRN)</td></tr>
    </tbody></table>
    <p>Seen for chest pain; troponin negative.</p>
  </main></body></html>`;

describe('a heading naming an emergency visit', () => {
  it('keeps the client under an emergency department summary', async () => {
    const { reading } = await readInHappyDom(page('Emergency Department Summary'), 'https://hie.example.org/doc/88', extractClientContext);
    expect(reading?.name).toMatch(/Rosalind Clare Fenwick/i);
    expect(reading?.dob).toBe('1961-04-02');
  });

  it('still takes an emergency contact section for another person', async () => {
    const { reading } = await readInHappyDom(page('Emergency Contact'), 'https://hie.example.org/doc/88', extractClientContext);
    expect(reading?.dob).toBeUndefined();
  });
});
