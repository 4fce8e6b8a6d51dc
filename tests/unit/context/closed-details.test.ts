import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A closed <details> shows its summary alone: what it folds away is not read (dom.ts). Markup of our own, synthetic people. */
const page = (open: string) =>
  `<!DOCTYPE html><html><head><title>Viewer</title></head><body><h1>Entries</h1>` +
  `<details open><summary>entry 0 · Patient</summary><dl><dt>name</dt><dd>Varga, Lilla</dd><dt>birthDate</dt><dd>1990-04-12</dd><dt>MRN</dt><dd>HV-33018</dd></dl></details>` +
  `<details${open}><summary>entry 1 · Contact point</summary><dl><dt>telecom</dt><dd>phone: 555-730-1188</dd><dt>use</dt><dd>home</dd></dl></details></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://viewer.example.org/bundle', extractClientContext)).reading;

describe('a closed details element', () => {
  it('folds away what it holds', async () => {
    const r = await read(page(''));
    expect(r).toMatchObject({ name: 'Lilla Varga', dob: '1990-04-12', mrn: 'HV-33018' });
    expect(r?.phone).toBeUndefined();
  });

  it('shows it once open', async () => {
    expect((await read(page(' open')))?.phone).not.toBe(undefined);
  });
});
