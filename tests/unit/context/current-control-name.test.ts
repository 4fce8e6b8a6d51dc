import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A unit board's bed chips printing only a surname; the store's selected patient. Markup of our own, synthetic people. */
const state = {
  ui: { selectedPatientId: 'r-7' },
  patients: { byId: { 'r-7': { id: 'r-7', mrn: '5520017', firstName: 'Oswin', lastName: 'Pelletier', dob: '1944-03-02', sex: 'M' }, 'r-9': { id: 'r-9', mrn: '5520093', firstName: 'Mirela', lastName: 'Dobre', dob: '1970-08-19', sex: 'F' } } },
};
const page = (pressed: boolean) => `<!DOCTYPE html><html><head><title>Board</title></head><body><div role="toolbar">
<button aria-pressed="${pressed}">Rm 4 · Pelletier</button><button aria-pressed="false">Rm 6 · Dobre</button></div><p>Night notes.</p>
<script>window.__INITIAL_STATE__ = ${JSON.stringify(state)};</script></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://board.example.org/unit/2', extractClientContext)).reading;

describe('current control name', () => {
  it('takes the surname on the pressed chip as showing the stored patient', async () => {
    expect(await read(page(true))).toMatchObject({ name: 'Oswin Pelletier', mrn: '5520017', dob: '1944-03-02' });
  });

  it('reads nobody when that chip is not the pressed one', async () => {
    expect(await read(page(false))).toBeNull();
  });
});
