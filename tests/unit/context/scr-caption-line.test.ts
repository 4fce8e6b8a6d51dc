import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Header tiles print each value above its caption; an empty field shows "---". Read as one line, a
 * caption's next token is the next tile's value (scr-caption-line.ts). Markup of our own, synthetic people.
 */
const tile = (value: string, caption: string) => `<div class="tile"><div class="tile-value">${value}</div><div class="tile-caption">${caption}</div></div>`;
const page = (tiles: string) =>
  `<!DOCTYPE html><html><head><title>Patient: Evangeline Moreau-Sato</title></head><body><nav><span>Hannah Lie</span></nav>
<div class="form-header"><h1>Evangeline Moreau-Sato</h1><div class="tiles">${tiles}</div></div>
<section><h2>Care Plan</h2><p>Post-acute transition.</p></section></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://forms.example.org/main?etn=patient&id=7', extractClientContext)).reading;

describe('a strip of tiles with captions under their values', () => {
  it("never reads the next tile's value for an empty field", async () => {
    const r = await read(page(tile('MR-5501287', 'Medical Record Number') + tile('---', 'Birth Date') + tile('11/28/2026', 'Admission Date')));
    expect(r).toMatchObject({ name: 'Evangeline Moreau-Sato', mrn: 'MR-5501287', admitDate: '2026-11-28' });
    expect(r?.dob).toBeUndefined();
  });

  it('reads a banner line of labels before their values as before', async () => {
    const html = page('').replace('<div class="tiles"></div>', '<div class="banner-line"><span>MRN</span> <span>MR-5501287</span> <span>DOB</span> <span>03/04/1950</span> <span>Sex</span> <span>F</span></div>');
    expect(await read(html)).toMatchObject({ mrn: 'MR-5501287', dob: '1950-03-04' });
  });
});
