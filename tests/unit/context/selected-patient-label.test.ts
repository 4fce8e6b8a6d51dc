import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A practice system's module captioned by the patient it keeps selected. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://practice.example.com/tx-plan', (d, u) => extractClientContext(d, u, { today: '2026-12-07' }))).reading;
const page = (caption: string) => `<div class="modbar">Appts · Family · Chart</div><div>${caption} <b>Halloway, Quentin</b></div><div><span>Patient Num</span> <span>30912</span></div><div><span>Birthdate</span> <span>12/01/1971</span></div>`;

describe('a "Selected patient" caption', () => {
  it('names the client the module shows', async () => {
    expect(await read(page('Selected patient:'))).toMatchObject({ name: 'Quentin Halloway', dob: '1971-12-01' });
    expect(await read(page('Current patient:'))).toMatchObject({ name: 'Quentin Halloway' });
  });
});
