import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';
import { normalizeSex } from '../../../src/context/parse/fields';

/**
 * A resident assessment prints the gender item as its answer code beside the item's legend (code-legend-sex.ts).
 * Markup of our own, synthetic people.
 */
const page = (answer: string) =>
  `<!DOCTYPE html><html><head><title>Assessment</title></head><body>
   <div class="top">User: Amalia Thorsby, RN</div>
   <div class="hdr">QUARTERMAINE, ELSPETH (4471902)</div>
   <table border="1"><tr><td>Item</td><td>Answer</td></tr>
   <tr><td>Birth Date:</td><td>02-14-1939</td></tr>
   <tr><td>Gender:</td><td><b>${answer}</b> <small>1. Male 2. Female</small></td></tr></table>
   </body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ltc.example.org/assess/section?code=A', extractClientContext)).reading;

describe("an answer code beside its item's legend", () => {
  it('is the sex its legend entry names', async () => {
    expect((await read(page('2')))?.sex).toBe('F');
    expect((await read(page('1')))?.sex).toBe('M');
  });

  it('a code the legend does not list, or a legend alone, is no sex', () => {
    expect(normalizeSex('3 1. Male 2. Female')).toBeNull();
    expect(normalizeSex('1. Male 2. Female')).toBeNull();
  });
});
