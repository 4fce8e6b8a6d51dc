import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** An HMIS client profile whose gender is HUD's answer with its gloss for children. Our own markup. */
const page = (gender: string) =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Client profile</title></head><body><header><span>Signed in: Outreach worker Bram Okafor</span></header>` +
      `<section class="client-head"><h2>Rosalind Achebe-Marsh</h2><div class="meta"><span>Client ID: 30418</span><span>DOB: 04/19/1983</span></div></section>` +
      `<section class="profile"><div class="row"><label>Gender</label><div class="val">${gender}</div></div>` +
      `<div class="row"><label>Veteran Status</label><div class="val">No</div></div></section></body></html>`,
    'text/html',
  );
const read = (doc: Document) => extractClientContext(doc, 'https://coc.hmis.example/client/30418/profile', { adapters: [], today: '2026-12-07' });

describe("HUD's gender answers", () => {
  it('reads the answer without its gloss for children', async () => {
    expect(await read(page('Woman (Girl, if child)'))).toMatchObject({ name: 'Rosalind Achebe-Marsh', mrn: '30418', sex: 'F' });
    expect((await read(page('Man (Boy, if child)')))?.sex).toBe('M');
  });

  it('reads a multi-select answer whose other parts name no sex', async () => {
    expect((await read(page('Woman (Girl, if child); Transgender')))?.sex).toBe('F');
  });

  it('makes no sex of answers that disagree', async () => {
    expect(['F', 'M']).not.toContain((await read(page('Woman (Girl, if child); Man (Boy, if child)')))?.sex);
  });
});
