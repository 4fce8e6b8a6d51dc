import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * A note's opening sentence that names its subject with one identifier labelled right after the name
 * (prose-identity.ts): "Jane Doe (MRN 123456) was seen today", "Re: Jane DOE, DOB …". Markup of our
 * own, synthetic people.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://notes.example.org/notes/4410');
const note = (line: string, extra = '') =>
  `<header class="app-bar"><span>Signed in: Kyle Jensen</span></header><main><article class="note"><h2>Progress note</h2><p>${line}</p><p>Plan: call back in two days.</p></article>${extra}</main>`;
const relative = '<section class="notes"><h3>Notes</h3><p>Brother Walter Lindqvist (DOB 07/06/1950) called about the plan.</p></section>';

describe('a sentence that opens with the name and one identifier', () => {
  it('reads the record number in brackets or after a comma, no colon', async () => {
    expect(await read(note('Odell Liam McAllister (MRN 104824W) was seen today for follow-up.', relative))).toMatchObject({ name: 'Odell Liam McAllister', mrn: '104824W' });
    expect(await read(note('Re: James Liam LINDQVIST, MRN 37-22420', relative))).toMatchObject({ name: 'James Liam Lindqvist', mrn: '37-22420' });
  });

  it('reads the birth date labelled right after the name', async () => {
    const r = await read(note('Re: Priya Grace GALLOWAY, DOB 27-Mar-2006', relative));
    expect(r).toMatchObject({ name: 'Priya Grace Galloway', dob: '2006-03-27' });
    expect(await read(note('Aisha Ferreira (DOB 27 Mar 2011) was seen today for follow-up.'))).toMatchObject({ name: 'Aisha Ferreira', dob: '2011-03-27' });
  });

  it('reads no one when the identifier is not the named person’s, or the sentence is not about them', async () => {
    const pages = [
      note('Brother Walter Lindqvist (MRN 104824W) called about the plan.'),
      note('Saw Odell McAllister (MRN 104824W) today.'),
      note('Odell McAllister was seen today; his chart (MRN 104824W) was updated.'),
      note('Odell McAllister called on 03/02/2026 about the plan.'),
      `<main><aside><ul><li>Odell McAllister (MRN 104824W)</li></ul></aside></main>`,
      note('Odell McAllister (MRN 104824W) was seen today.', '<p>Jane Roe (MRN 555012) was seen today.</p>'),
      // A relative's details under their label, the client named nowhere else.
      `<main><section><h2>Demographics</h2><div class="field"><label>Spouse</label><div>Odile Achebe-Lund, born 1/12/1951, 555-640-2299</div></div></section></main>`,
      `<main><dl><dt>Emergency contact:</dt><dd>Odile Achebe-Lund (DOB 1/12/1951)</dd></dl></main>`,
    ];
    for (const html of pages) expect(await read(html), html).toBeNull();
  });
});
