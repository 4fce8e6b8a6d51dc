import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A record form's header strip shows its values in controls: its text is the labels alone, run together
 * (scr-form-text.ts). Markup of our own, synthetic people.
 */
const page = (heading: string) =>
  `<!DOCTYPE html><html><head><title>Record form</title></head><body><header><span>Signed in: Odalys Brandt</span></header>
<div class="record-header">${heading}
<div class="header-fields"><div class="field"><label for="f1">Birthday</label><input id="f1" value="11/2/1950"></div>
<div class="field"><label for="f2">Owner</label><input id="f2" value="Odalys Brandt"></div></div></div>
<section><div class="field"><label for="f3">Mobile Phone</label><input id="f3" value="(415) 555-0133"></div></section></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://records.example.org/form?id=771', extractClientContext)).reading;

describe('a header strip of form fields', () => {
  it('never reads its labels as the name', async () => {
    for (const heading of ['', '<h1>Contact</h1>', '<div class="kind">Person</div>']) {
      const r = await read(page(heading));
      expect(r?.name, heading).toBeUndefined();
    }
  });

  it('reads the name its heading gives', async () => {
    expect(await read(page('<h1>Philippa Nakashima</h1>'))).toMatchObject({ name: 'Philippa Nakashima', dob: '1950-11-02' });
  });
});
