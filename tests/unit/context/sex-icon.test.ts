import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A header whose sex is only a glyph (sex-icon.ts). Markup and people of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://clinic.example.org/chart/view?pid=5120', extractClientContext)).reading;

const header = (glyph: string) => `<div class="patient-header">
  <div class="patient-name">Odalys Ferreira Quintana</div>
  <div>MRN: 77-31904</div>
  <table><tr><td class="pt-gender">${glyph}</td><td>DOB: 04/17/1962</td></tr></table>
</div>`;

describe('a sex shown only as a glyph in the banner (sex-icon.ts)', () => {
  it("reads an image's alt text", async () => {
    expect(await read(header('<img src="/img/female.png" alt="Female">'))).toMatchObject({ name: 'Odalys Ferreira Quintana', mrn: '77-31904', sex: 'F' });
  });

  it("reads an icon font glyph's tooltip", async () => {
    expect(await read(header('<i class="fa fa-mars" title="Male"></i>'))).toMatchObject({ mrn: '77-31904', sex: 'M' });
  });

  it('leaves an image whose alt text is not a sex, or whose markup does not say sex', async () => {
    expect((await read(header('<img src="/img/star.png" alt="VIP">')))?.sex).toBeUndefined();
    const unhinted = header('<img src="/img/x1.png" alt="Female">').replace('pt-gender', 'c1');
    expect((await read(unhinted))?.sex).toBeUndefined();
  });

  it("leaves a relative's glyph outside the banner", async () => {
    const kin = `<section><h3>Emergency contact</h3><p>Tomas Quintana</p><span class="gender"><img src="/img/male.png" alt="Male"></span></section>`;
    expect((await read(header('') + kin))?.sex).toBeUndefined();
  });
});
