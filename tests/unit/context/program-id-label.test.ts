import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';
import { matchLabel } from '../../../src/context/generic/labels';

/**
 * A grant-funded programme prints its own id ("Program ID: HS-TX-07") beside the person it serves (hc-labels.ts):
 * never the client's record number, while PACE's "PACE ID" still is. Markup of our own, synthetic people.
 */
describe("a programme's id", () => {
  it('is no record number', async () => {
    expect(matchLabel('Program ID')?.field ?? null).toBeNull();
    expect(matchLabel('Program #')?.field ?? null).toBeNull();
    expect(matchLabel('PACE ID')?.field).toBe('mrn');
  });

  it('is not read as the client’s number on a visit page', async () => {
    const html = `<!DOCTYPE html><html><head><title>Visit</title></head><body>
      <h1>Home visit</h1><dl><dt>Participant name</dt><dd>Rosalie Quintero-Fisk</dd><dt>DOB</dt><dd>05/19/1998</dd></dl>
      <p>Program ID: HS-TX-07 · Home visitor: Benedikt Aalto</p></body></html>`;
    const { reading } = await readInHappyDom(html, 'https://hv.example.org/visits/19', extractClientContext);
    expect(reading?.name).toBe('Rosalie Quintero-Fisk');
    expect(reading?.mrn).toBeUndefined();
  });
});
