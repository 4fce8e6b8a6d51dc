import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A patient label's lines print their values one space apart, with no separator (shape-run.ts). Markup of our own,
 * synthetic people.
 */
const page = (line: string) => `<!DOCTYPE html><html><head><title>Labels</title></head><body>
  <div class="bar">Collector: Omar Haddad</div>
  <div class="label">NAKAMURA-BELL, IRIS<br>${line}<br>MRN:T4410928</div>
  </body></html>`;

describe("a label's values one space apart", () => {
  it('gives the sex beside the birth date', async () => {
    const { reading } = await readInHappyDom(page('F 03/09/1957'), 'https://lab.example.org/labels/4410928', extractClientContext);
    expect(reading?.name).toBe('Iris Nakamura-Bell');
    expect(reading?.dob).toBe('1957-03-09');
    expect(reading?.sex).toBe('F');
  });

  it('gives the sex after the age, before a labelled number', async () => {
    const { reading } = await readInHappyDom(page('DOB 03/09/1957<br>69Y F FIN 9912004471'), 'https://lab.example.org/labels/4410928', extractClientContext);
    expect(reading?.mrn).toBe('T4410928');
    expect(reading?.sex).toBe('F');
  });
});
