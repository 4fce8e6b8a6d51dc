import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://ehr.example.org/chart/view', extractClientContext)).reading;

describe('a generated narrative line opened by a known label with no separator (next-line-pair.ts)', () => {
  it('is its own pair, never the value of the bare label above it', async () => {
    const r = await read(`<h3>Patient resource</h3><div class="narr"><p><b>Patient</b></p><p><b>Name</b> OKONJO, ADAEZE CHIOMA</p>
      <p><b>Birth Date</b> 1983-05-19</p><p><b>Gender</b> female</p><p><b>Identifier</b> MRN-558210</p></div>`);
    expect(r).toMatchObject({ name: 'Adaeze Chioma Okonjo', dob: '1983-05-19', sex: 'F' });
  });
});
