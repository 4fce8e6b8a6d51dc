import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A form's header tiles print each value above its caption, the caption wrapped alone
 * (scr-caption-wrapper.ts). Markup of our own, synthetic people.
 */
const tile = (value: string, caption: string) => `<div class="tile"><div class="tile-value"><span>${value}</span></div><div class="tile-caption"><label>${caption}</label></div></div>`;
const page = (tiles: string) =>
  `<!DOCTYPE html><html><head><title>Patient: Evangeline Moreau-Sato</title></head><body><nav><span>Hannah Lie</span></nav>
<div class="form-head"><h1>Evangeline Moreau-Sato</h1><div class="tiles">${tiles}</div></div>
<section><h2>Care Plan</h2><p>Post-acute transition.</p></section></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://forms.example.org/main?etn=patient&id=7', extractClientContext)).reading;

describe('header tiles with the caption wrapped under its value', () => {
  it('reads each value its caption names', async () => {
    const r = await read(page(tile('MR-5501287', 'Medical Record Number') + tile('Dr. Ruth Vandermolen', 'Primary Care Physician') + tile('3/4/1950', 'Birth Date') + tile('Hannah Lie', 'Owner')));
    expect(r).toMatchObject({ name: 'Evangeline Moreau-Sato', mrn: 'MR-5501287', dob: '1950-03-04' });
  });

  it("reads no caption over another tile's value", async () => {
    const r = await read(page(tile('Dr. Ruth Vandermolen', 'Primary Care Physician') + tile('MR-5501287', 'Medical Record Number') + tile('Active', 'Status') + tile('3/4/1950', 'Birth Date')));
    expect(r).toMatchObject({ name: 'Evangeline Moreau-Sato', mrn: 'MR-5501287', dob: '1950-03-04' });
  });
});
