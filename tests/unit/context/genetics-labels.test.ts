import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A pedigree tool's "Proband phone", the relatives captioned by relation. Markup of our own, synthetic people. */
const page = (body: string) => `<!DOCTYPE html><html><head><title>Pedigree</title></head><body>${body}</body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://pedigree.example.org/ped/771', extractClientContext)).reading;

describe('genetics labels', () => {
  it('reads the proband\'s phone', async () => {
    const r = await read(page('<h1>Pedigree: NAKAMURA</h1><div class="pb"><strong>Nakamura, Emiko</strong> · MRN GN-44120 · DOB 02/14/1983 · Female</div><table><tr><th>Name</th><th>Relation</th><th>DOB</th></tr><tr><td>Hiro Nakamura</td><td>Father</td><td>01/01/1950</td></tr></table><p>Proband phone (mobile): 206-555-0183 · Counselor: Dana Whitlock, MS, CGC</p>'));
    expect(r).toMatchObject({ name: 'Emiko Nakamura', mrn: 'GN-44120', phone: '206-555-0183' });
  });
});
