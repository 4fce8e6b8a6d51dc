import { describe, expect, it } from 'vitest';
import { STYLESHEET_HIDINGS as HIDING, styledPageReader } from './styled-page';

/**
 * The generic reader in happy-dom's own window, whose computed styles apply a page's stylesheet in
 * part (display, visibility, opacity) but which has no layout: what it can tell is hidden is not
 * read from a visible banner, and the rest of the banner still is. Real Chromium's judgement, layout
 * included, is tests/e2e/generic-visibility.e2e.ts.
 */

const read = styledPageReader();

const line = '<div class="patient-banner"><span>DOE, JANE M</span> · <span>F</span> · <span>DOB 02/02/1960</span> · <span class="x">MRN 90001</span></div>';
const control = '<table id="pt-header"><tr><td>Patient:</td><td>DOE, JANE M</td><td>MRN:</td><td><input type="text" class="x" value="MRN-90001"></td></tr><tr><td>DOB:</td><td>02/02/1960</td></tr></table>';
const cell = '<table id="pt-header"><tr><td>Patient:</td><td>DOE, JANE M</td><td>MRN:</td><td><span class="x">MRN-90001</span></td></tr><tr><td>DOB:</td><td>02/02/1960</td></tr></table>';

describe.each(HIDING)('a record number hidden by a stylesheet (%s)', (css) => {
  it('is not read from a chip of a visible banner line', async () => {
    const got = await read(css, line);
    expect(got).toMatchObject({ name: 'Jane M. Doe', dob: '1960-02-02' });
    expect(got?.mrn).toBeUndefined();
  });
  it('is not read from inside a visible value cell', async () => {
    const got = await read(css, cell);
    expect(got).toMatchObject({ name: 'Jane M. Doe', dob: '1960-02-02' });
    expect(got?.mrn).toBeUndefined();
  });
  it('is not read from a form control inside a visible value cell', async () => {
    const got = await read(css, control);
    expect(got).toMatchObject({ name: 'Jane M. Doe', dob: '1960-02-02' });
    expect(got?.mrn).toBeUndefined();
  });
});

it('is read when the stylesheet hides nothing', async () => {
  expect(await read('color: inherit', line)).toMatchObject({ name: 'Jane M. Doe', mrn: '90001' });
  expect(await read('color: inherit', cell)).toMatchObject({ name: 'Jane M. Doe', mrn: 'MRN-90001' });
  expect(await read('color: inherit', control)).toMatchObject({ name: 'Jane M. Doe', mrn: 'MRN-90001' });
});
