import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A phone glyph (☎, 📞, 📱) captions the number after it as a "Phone" label would (labels.ts, labelled.ts). Our own markup. */
const card = (contact: string, below = '') =>
  `<!DOCTYPE html><html><body><div class="visit"><div class="who">Haverford, Lucinda M.</div>` +
  `<div class="chips"><span><abbr title="Date of birth">DOB</abbr> 3/9/1948</span> <span>78 · F</span> <span><abbr title="Record number">MR#</abbr> HV-40218</span></div>` +
  `${contact}</div>${below}</body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://homecare.example.org/m/visits/today/3', extractClientContext)).reading;
const son = '<div class="sec"><h3>Emergency contact</h3><p>Gideon Haverford (son) · ☎ (717) 555-0133</p></div>';

describe('a phone behind a glyph', () => {
  it('is the client’s in a line of their own card', async () => {
    expect(await read(card('<div>📞 (717) 555-0172 · 40 Mill Race Ln, Lititz PA</div>', son))).toMatchObject({ name: 'Lucinda M. Haverford', phone: '(717) 555-0172' });
    expect(await read(card('<div><span>☎ (717) 555-0172</span></div>', son))).toMatchObject({ phone: '(717) 555-0172' });
  });

  it('is the client’s as a call link’s caption', async () => {
    expect(await read(card('<div><a href="tel:7175550172">&#9742; (717) 555-0172</a> · 40 Mill Race Ln</div>', son.replace('☎ (717) 555-0133', '<a href="tel:7175550133">☎ (717) 555-0133</a>')))).toMatchObject({ phone: '(717) 555-0172' });
  });

  it("is never a relative's under their heading", async () => {
    expect((await read(card('', son)))?.phone).toBeUndefined();
    expect((await read(card('', son.replace('☎ (717) 555-0133', '<a href="tel:7175550133">☎ (717) 555-0133</a>'))))?.phone).toBeUndefined();
  });

  it("is never a relative's after their words on the card's own line", async () => {
    expect((await read(card('<div>Son: Gideon Haverford · ☎ (717) 555-0133</div>')))?.phone).toBeUndefined();
    expect((await read(card('<div>Son: Gideon Haverford · Phone: (717) 555-0133</div>')))?.phone).toBeUndefined();
  });
});
