import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A header with the name in its own element and a meta line opening with the bare patient number. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://hub.example.com/p/7', (d, u) => extractClientContext(d, u, { today: '2026-12-07' }))).reading;
const header = (meta: string) => `<div class="patient-banner"><div class="nm">Okonjo, Ebele</div><div class="meta">${meta}</div></div><p>Notes follow.</p>`;

describe('a bare number opening the banner\'s meta line', () => {
  it('is the record number beside the birth date and sex', async () => {
    expect(await read(header('<span>QX-5520913</span> | <span>DOB 11/23/1984</span> | <span>F</span> | <span>Case 2026-88123</span>'))).toMatchObject({ name: 'Ebele Okonjo', mrn: 'QX-5520913', dob: '1984-11-23', sex: 'F' });
  });

  it('is not taken beside another bare word', async () => {
    expect((await read(header('<span>QX-5520913</span> | <span>DOB 11/23/1984</span> | <span>F</span> | <span>ENC-99812</span>')))?.mrn).toBeUndefined();
  });
});
