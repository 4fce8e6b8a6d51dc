import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://cm.example.org/persons/p-88/summary', extractClientContext)).reading;

describe('a facility labelled beside the unit the client is in (st-facility-unit.ts)', () => {
  it('leaves the place to the unit row', async () => {
    const page = `<section aria-label="Demographics"><h1>Cosima Hallgrimsdottir</h1>
        <div><span>MRN</span> <span>K4410297</span></div><div><span>Birth Date</span> <span>1949-03-30</span></div></section>
      <section aria-label="Current encounter"><h2>Current Encounter</h2><table>
        <tr><th scope="row">Admit Date</th><td>2026-12-03</td></tr>
        <tr><th scope="row">Facility</th><td>Lakemont General Hospital</td></tr>
        <tr><th scope="row">Location</th><td>5 EAST · 512 · B</td></tr></table></section>`;
    expect(await read(page)).toMatchObject({ name: 'Cosima Hallgrimsdottir', mrn: 'K4410297', admitDate: '2026-12-03', location: '5 EAST · 512 · B' });
  });
});
