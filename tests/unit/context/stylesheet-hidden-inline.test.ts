import { describe, expect, it } from 'vitest';
import { STYLESHEET_HIDINGS as HIDING, styledPageReader } from './styled-page';

/**
 * A value printed inside an element's own text ("MRN: 90001", "#90001", "Encounter from …", a summary
 * sentence, "Admitted … on …") whose part a stylesheet hides is not read from that text, and the rest
 * of the banner still is (the client is not lost). Real Chromium: tests/e2e/generic-visibility.e2e.ts.
 */

const read = styledPageReader();

const banner = (inner: string) => `<div class="patient-banner"><p>Patient: DOE, JANE M</p><p>DOB: 02/02/1960</p>${inner}</div>`;
/** Each layout with the field its hidden part would give. */
const LAYOUTS: Record<string, { body: string; field: 'mrn' | 'admitDate'; name: string }> = {
  'label and value in one paragraph': { body: banner('<p>MRN: <span class="x">90001</span></p>'), field: 'mrn', name: 'Jane M. Doe' },
  '"#" identifier': { body: banner('<p>#<span class="x">90001</span></p>'), field: 'mrn', name: 'Jane M. Doe' },
  'encounter period': { body: banner('<p>Encounter from <span class="x">11/20/2026 to 11/25/2026</span></p>'), field: 'admitDate', name: 'Jane M. Doe' },
  'stay in a sentence': { body: banner('<p>Admitted to 4 West on <span class="x">11/20/2026</span></p>'), field: 'admitDate', name: 'Jane M. Doe' },
  'aria-labelled value': { body: banner('<div aria-label="MRN"><span class="x">90001</span></div>'), field: 'mrn', name: 'Jane M. Doe' },
  'document summary': { body: '<div class="narrative"><p>Patient Jane DOE, MRN: <span class="x">90001</span>, DOB: 02/02/1960</p></div>', field: 'mrn', name: 'Jane Doe' },
};
const layouts = Object.entries(LAYOUTS);

describe.each(HIDING)('a value hidden by a stylesheet (%s) inside an element\'s text', (css) => {
  it.each(layouts)('%s: is not read, the client still is', async (_layout, { body, field, name }) => {
    const got = await read(css, body);
    expect(got).toMatchObject({ name, dob: '1960-02-02' });
    expect(got?.[field]).toBeUndefined();
  });
});

it.each(layouts)('%s: is read when the stylesheet hides nothing', async (_layout, { body, field, name }) => {
  expect(await read('color: inherit', body)).toMatchObject({ name, [field]: field === 'mrn' ? '90001' : '2026-11-20' });
});
