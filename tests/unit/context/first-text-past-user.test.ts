import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A header may print the signed-in user's line in a corner before the client's bare "FAMILY,GIVEN" name: the
 * header's first text is then the user's caption, and the name is the first text after it (first-text-name.ts).
 * Markup of our own.
 */
const page = (corner: string) => `<!DOCTYPE html><html><head><title>Inquiry</title></head><body>
<header class="hdr">
 <div class="corner">${corner}</div>
 <div class="who">QUINTANILLA,ESPERANZA R</div>
 <div>F &nbsp; 71 &nbsp; 08/30/1955 &nbsp; Unit# K000552190</div>
</header>
<section><p>Seen in clinic.</p></section>
</body></html>`;
const read = async (corner: string) => (await readInHappyDom(page(corner), 'https://his.example.org/inquiry/K000552190', extractClientContext)).reading;

describe("the user's line before a header's bare name", () => {
  it('is passed over', async () => {
    expect(await read('User: OYELARAN,FOLAKE MD')).toMatchObject({ name: 'Esperanza R. Quintanilla', mrn: 'K000552190', dob: '1955-08-30' });
  });
});
