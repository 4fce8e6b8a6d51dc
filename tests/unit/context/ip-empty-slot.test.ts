import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A header of caption tiles, some of them blank. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://ehr.example.org/storyboard', extractClientContext)).reading;
const tile = (cap: string, val: string, under = false) => `<div class="tile">${under ? `<div class="v">${val}</div><div class="c">${cap}</div>` : `<div class="c">${cap}</div><div class="v">${val}</div>`}</div>`;
const header = (tiles: string, under = false) => `<div class="patient-header"><h1>Wendeline Achterberg</h1><div class="tiles">${tile('MRN', 'W4409127', under)}${tile('DOB', '05/30/1946', under)}${tiles}</div></div>`;

describe('a caption over a blank value', () => {
  it('labels nothing: the next tile\'s value is not taken', async () => {
    for (const under of [false, true]) {
      const r = await read(header(tile('Room', '', under) + tile('Admitted', '11/28/2026', under) + tile('Discharge Date', '', under) + tile('Last Visit', '10/02/2026', under) + tile('Phone', '', under) + tile('Emergency Contact', 'Rosa Achterberg (555) 201-7788', under), under));
      expect(r).toMatchObject({ name: 'Wendeline Achterberg', mrn: 'W4409127', admitDate: '2026-11-28' });
      expect([r?.location, r?.dischargeDate, r?.phone]).toEqual([undefined, undefined, undefined]);
    }
  });

  it('still reads a filled tile beside a blank one', async () => {
    expect(await read(header(tile('Isolation', '') + tile('Room', '5N-522') + tile('Phone', '(555) 201-3030')))).toMatchObject({ location: '5N-522', phone: '(555) 201-3030' });
  });
});
