import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { parseName } from '../../../src/context/parse/names';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A name's use in square brackets after it, as bundle viewers print it (parse/names.ts). Markup of our own, synthetic people. */
describe("a name's use in square brackets", () => {
  it('is no part of the name', () => {
    expect(parseName('Lindahl, Agnes Maj [official]')).toBe('Agnes Maj Lindahl');
    expect(parseName('Agnes LINDAHL [usual] Aggie')).toBe('Agnes Lindahl');
  });

  it('lets a labelled name be read', async () => {
    const html = `<!DOCTYPE html><html><head><title>Viewer</title></head><body><dl><dt>name</dt><dd>Lindahl, Agnes Maj [official]</dd><dt>birthDate</dt><dd>1958-03-21</dd><dt>MRN</dt><dd>SV-40192</dd></dl></body></html>`;
    expect((await readInHappyDom(html, 'https://viewer.example.org/Patient/sv-40192', extractClientContext)).reading).toMatchObject({ name: 'Agnes Maj Lindahl', mrn: 'SV-40192' });
  });
});
