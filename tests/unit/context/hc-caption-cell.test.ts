import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A bold caption over its value in a grid of captioned cells is no name (hc-caption-cell.ts). Markup of our own, synthetic people. */
const cell = (caption: string, value: string) => `<div><b>${caption}</b><br>${value}</div>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://aging.example.org/consumer/3', extractClientContext)).reading;

describe('a grid of captioned cells', () => {
  it("never reads a caption the label rules do not know as the client's name", async () => {
    for (const caption of ['Living Arrangement', 'Primary Language', 'Marital Status']) {
      const html = `<!DOCTYPE html><html><head><title>Profile</title></head><body><main><section><h3>Demographics</h3><div class="grid">${cell('Consumer ID', 'AS-2201')}${cell('Birth Date', '02/19/1931')}${cell(caption, 'Spanish')}${cell('Phone', '(916) 555-0166')}</div></section></main></body></html>`;
      const r = await read(html);
      expect(r === null || r.name !== caption, caption).toBe(true);
      expect(r?.name ?? null, caption).toBeNull();
    }
  });
});
