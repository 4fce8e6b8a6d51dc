import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A chart id printed bare in the header's column under the name, beside the sex and the birth date
 * (am-bare-line-id.ts): read only when nothing else on that line is left unread. Markup of our own, synthetic people.
 */
const page = (body: string) => `<!DOCTYPE html><html><head><title>Chart</title></head><body><div class="nav">Schedule · Clinical <span>Dr. Anil Mehta</span></div>${body}<p>Guarantor: self.</p></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://practice.example.com/clinical/patient/88120', extractClientContext)).reading;
const column = (lines: string[], tag = 'header') => `<${tag} class="top"><div class="info"><div class="nm">Odile Brannigan</div>${lines.map((l) => `<div>${l}</div>`).join('')}</div></${tag}>`;

describe('a bare chart id in the header column', () => {
  it('reads the one unread id beside the name, sex and birth date', async () => {
    for (const id of ['BROD000417', '0044172', 'PT-22014'])
      expect(await read(page(column(['Female', '03/07/1941', id]))), id).toMatchObject({ name: 'Odile Brannigan', mrn: id, dob: '1941-03-07', sex: 'F' });
  });

  it('reads no id when another token is left unread, the sex is not shown, the token is no id, or the column is no header', async () => {
    expect((await read(page(column(['Female', '03/07/1941', 'BROD000417', 'V-20261204']))))?.mrn).toBeUndefined();
    expect((await read(page(column(['03/07/1941', 'BROD000417']))))?.mrn).toBeUndefined();
    expect((await read(page(column(['Female', '03/07/1941', 'Suite 4417']))))?.mrn).toBeUndefined();
    expect((await read(page(column(['Female', '03/07/1941', 'BROD000417'], 'section'))))?.mrn).toBeUndefined();
  });
});
