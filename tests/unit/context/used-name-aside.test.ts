import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A banner's name often carries the name the person goes by in quotes: still a name shown beside the banner's
 * facts (name-shape.ts). Markup of our own.
 */
const read = async (name: string) =>
  (
    await readInHappyDom(
      `<!DOCTYPE html><html><head><title>Visit</title></head><body>
<div class="appbar">Lakeview Skin &amp; Laser &middot; Dr. Odile Ferrand</div>
<div class="ptstrip" aria-label="Patient information">
 <span class="who">${name}</span>
 <span class="pill">64 yo F</span>
 <span class="pill">D.O.B. 03/21/1962</span>
 <span class="pill">MR# 88317</span>
</div>
<p>Annual skin exam.</p>
</body></html>`,
      'https://derm.example.org/visit/88317',
      extractClientContext,
    )
  ).reading;

describe('a used name beside the shown name', () => {
  it('in quotes, after the given name or inside the name', async () => {
    expect(await read('QUILLER, ROSALIND "ROZ"')).toMatchObject({ name: 'Rosalind Quiller', mrn: '88317', dob: '1962-03-21', sex: 'F' });
    expect(await read('Rosalind &quot;Roz&quot; Quiller')).toMatchObject({ name: 'Rosalind Quiller', mrn: '88317' });
  });

});
