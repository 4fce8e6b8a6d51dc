import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A search that matched one member still shows a list of results, not that member's record
 * (cm-heading-before.ts RESULTS). Markup of our own, synthetic people.
 */
const page = (heading: string, rows: string) =>
  `<!DOCTYPE html><html><head><title>Find a member</title></head><body><form class="find"><label>Last name <input value="Quill"></label><button>Search</button></form><h3>${heading}</h3>${rows}</body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://plan.example.org/members/search?q=Quill', extractClientContext)).reading;

describe('one search result', () => {
  it('is no client, in a table or as a line', async () => {
    const table = '<table><tr><th>Name</th><th>Member #</th><th>DOB</th><th>Sex</th></tr><tr><td>Quillfeather, Honora</td><td>VX-220917</td><td>05/01/1944</td><td>F</td></tr></table>';
    const line = '<div class="hit"><span>Quillfeather, Honora</span> · <span>VX-220917</span> · <span>05/01/1944</span> · <span>F</span></div>';
    for (const heading of ['Search Results (1)', '1 member found', 'Matching members']) {
      expect(await read(page(heading, table)), heading).toBeNull();
      expect(await read(page(heading, line)), heading).toBeNull();
    }
  });
});
