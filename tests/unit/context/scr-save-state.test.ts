import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A model-driven form's heading prints the record's name and, in an element of its own, the form's save
 * state (scr-save-state.ts). Markup of our own, synthetic people.
 */
const page = (heading: string) =>
  `<!DOCTYPE html><html><head><title>Record form</title></head><body><header><span>Signed in: Odalys Brandt</span></header>
<div class="record-header"><h1 class="record-title">${heading}</h1><div class="kind">Person</div>
<div class="header-fields"><div class="field"><label for="f1">Birthday</label><input id="f1" value="11/2/1950"></div>
<div class="field"><label for="f2">Owner</label><input id="f2" value="Odalys Brandt"></div></div></div>
<section><div class="field"><label for="f3">Mobile Phone</label><input id="f3" value="(415) 555-0133"></div></section></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://records.example.org/form?id=771', extractClientContext)).reading;

describe("a record title followed by the form's save state", () => {
  it('reads the name without the state', async () => {
    for (const state of ['- Saved', '- Unsaved', '– Read-only']) {
      const r = await read(page(`Philippa Nakashima<span class="state">${state}</span>`));
      expect(r, state).toMatchObject({ name: 'Philippa Nakashima', dob: '1950-11-02' });
    }
  });

  it('leaves a hyphenated family name whole', async () => {
    expect(await read(page('Philippa Nakashima-Saville'))).toMatchObject({ name: 'Philippa Nakashima-Saville' });
  });
});
