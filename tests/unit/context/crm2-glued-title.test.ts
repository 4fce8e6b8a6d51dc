import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A record page's heading holds the object type and the record's title in two inline elements with nothing
 * between them; the page's style sets them apart, the text glues them (crm2-glued-title.ts). Markup of our own.
 */
const page = (heading: string, facts = '<li><p>Client Number</p><p>QK-40917</p></li><li><p>Date of Birth</p><p>02/17/1956</p></li>') =>
  `<!DOCTYPE html><html><body><nav><span>Signed in: Perpetua Lindgren</span></nav><div class="record-header"><h1>${heading}</h1><ul class="facts">${facts}</ul></div><main><p>Notes appear here.</p></main></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://crm.example.org/records/88121/view', extractClientContext)).reading;

describe('a heading whose caption and title are glued elements', () => {
  it('reads the title, not the caption glued to it', async () => {
    for (const caption of ['Person Account', 'Member', 'Contact', 'Client Record']) {
      const r = await read(page(`<span>${caption}</span><span class="title">Mr. Ignatius Vandermolen</span>`));
      expect(r, caption).toMatchObject({ name: 'Ignatius Vandermolen', mrn: 'QK-40917', dob: '1956-02-17' });
    }
  });

  it('reads a heading written as one line as before', async () => {
    expect(await read(page('<span>Ignatius</span> <span>Vandermolen</span>'))).toMatchObject({ name: 'Ignatius Vandermolen' });
    expect(await read(page('Member: <span>Ignatius Vandermolen</span>'))).toMatchObject({ name: 'Ignatius Vandermolen' });
  });

  it('never reads a caption or a badge as the name', async () => {
    const r = await read(page('<span class="title">Ignatius Vandermolen</span><span class="badge">Deceased</span>'));
    expect(r?.name === undefined || r?.name === 'Ignatius Vandermolen').toBe(true);
  });
});
