import { describe, expect, test } from 'vitest';
import { hidingClasses, readerInChromium } from './reader-in-chromium';

/**
 * The generic reader in real Chromium, on a page no adapter knows: a value a stylesheet hides inside
 * a visible banner is never read, whether the banner labels it in a cell of its own or prints it as
 * one chip of a line; where a visible value stands beside the hidden one, the visible one is read.
 */
const URL_ = 'https://chart.example.test/record/1';
const HIDING: Record<string, string> = {
  'display none': 'display: none',
  'opacity 0': 'opacity: 0',
  'off-screen': 'position: absolute; left: -10000px',
  'clipped': 'position: absolute; clip-path: inset(50%)',
  'scaled to nothing': 'display: inline-block; transform: scale(0)',
  'transparent text': 'color: transparent',
  'transparent fill': '-webkit-text-fill-color: transparent',
  'zero font size': 'font-size: 0',
  'zero height, overflow hidden': 'display: block; height: 0; padding: 0; overflow: hidden',
  'visibility hidden': 'visibility: hidden',
};
const { style: STYLE, classes: hiding } = hidingClasses(HIDING);

/** A banner table whose record-number cell is hidden, optionally with a visible record number after it. */
const table = (hide: string, visible = '') =>
  `<table id="pt-header"><tr><td>Patient:</td><td>DOE, JANE M</td><td>MRN:</td><td class="${hide}">MRN-90001</td>${visible ? `<td>${visible}</td>` : ''}</tr><tr><td>DOB:</td><td>02/02/1960</td></tr></table>`;
/** A banner line of chips whose record-number chip is hidden, optionally with a visible one after it. */
const line = (hide: string, visible = '') =>
  `<div class="patient-banner"><span>DOE, JANE M</span> · <span>F</span> · <span>DOB 02/02/1960</span> · <span class="${hide}">MRN 90001</span>${visible ? ` · <span>MRN ${visible}</span>` : ''}</div>`;

/** Layouts that wrap the record number in an element of its own inside a visible value or line. */
const WRAPPED: Record<string, (hide: string) => string> = {
  'table cell': (hide) => `<table id="pt-header"><tr><td>Patient:</td><td>DOE, JANE M</td><td>MRN:</td><td><span class="${hide}">MRN-90001</span></td></tr><tr><td>DOB:</td><td>02/02/1960</td></tr></table>`,
  'definition list': (hide) => `<dl class="patient-banner"><dt>Name</dt><dd>DOE, JANE M</dd><dt>MRN</dt><dd><span class="${hide}">90001</span></dd><dt>DOB</dt><dd>02/02/1960</dd></dl>`,
  'label and value in one paragraph': (hide) => `<div class="patient-banner"><p>Patient: DOE, JANE M</p><p>MRN: <span class="${hide}">90001</span></p><p>DOB: 02/02/1960</p></div>`,
  'labelled chip': (hide) => `<div class="patient-banner"><span>DOE, JANE M</span> · <span>DOB 02/02/1960</span> <span>MRN <b class="${hide}">90001</b></span></div>`,
  'chip in a wrapper': (hide) => `<div class="patient-banner"><span>DOE, JANE M</span> · <span>DOB 02/02/1960</span> · <span><span class="${hide}">MRN 90001</span></span></div>`,
  'form control in a cell': (hide) => `<table id="pt-header"><tr><td>Patient:</td><td>DOE, JANE M</td><td>MRN:</td><td><input type="text" class="${hide}" value="MRN-90001"></td></tr><tr><td>DOB:</td><td>02/02/1960</td></tr></table>`,
};
const wrapped = Object.entries(WRAPPED);
/** A stay table below the banner: a hidden row of another stay before the visible one. */
const stay = (hide: string) =>
  `${table('')}<table><tr><th>Facility</th><th>Admit Date</th><th>Discharge Date</th></tr><tr class="${hide}"><td>North Wing</td><td>11/20/2026</td><td></td></tr><tr><td>South Wing</td><td>12/01/2026</td><td></td></tr></table>`;

type Read = { name?: string; mrn?: string; dob?: string; admitDate?: string; dischargeDate?: string; source?: string } | null;
const extract = readerInChromium<Read>();

function read(body: string): Promise<Read> {
  return extract(`<!doctype html><html><head><style>${STYLE}</style></head><body><main>${body}<p>Progress notes follow.</p></main></body></html>`, URL_);
}

describe.each(hiding)('%s, wrapped', (_, css) => {
  test('a stay table reads the visible stay, not a hidden row', async () => {
    const got = await read(stay(css));
    expect(got).toMatchObject({ source: 'generic', name: 'Jane M. Doe', admitDate: '2026-12-01' });
    expect(got?.dischargeDate).toBeUndefined();
  });
  test.each(wrapped)('%s: no hidden record number is read', async (_layout, page) => {
    expect((await read(page(css)))?.mrn).toBeUndefined();
  });
});

describe.each(hiding)('%s', (_, css) => {
  test('a banner table reads no record number from a hidden cell', async () => {
    const got = await read(table(css));
    expect(got).toMatchObject({ source: 'generic', name: 'Jane M. Doe' });
    expect(got?.mrn).toBeUndefined();
  });
  test('a banner table reads the visible record number beside a hidden one', async () => {
    expect(await read(table(css, 'MRN-100234'))).toMatchObject({ source: 'generic', name: 'Jane M. Doe', mrn: 'MRN-100234' });
  });
  test('a banner line reads no record number from a hidden chip', async () => {
    const got = await read(line(css));
    expect(got?.mrn).toBeUndefined();
  });
  test('a banner line reads the visible record number beside a hidden one', async () => {
    expect(await read(line(css, '100234'))).toMatchObject({ source: 'generic', mrn: '100234' });
  });
});

test('the same pages with nothing hidden read their record numbers (the cases above can fail)', async () => {
  expect(await read(table(''))).toMatchObject({ source: 'generic', name: 'Jane M. Doe', mrn: 'MRN-90001' });
  expect(await read(line(''))).toMatchObject({ source: 'generic', mrn: '90001' });
  // Two current stays, neither said to be the one: no stay.
  expect((await read(stay('')))?.admitDate).toBeUndefined();
  for (const page of Object.values(WRAPPED)) expect(await read(page(''))).toMatchObject({ source: 'generic', name: 'Jane M. Doe', mrn: expect.stringContaining('90001') });
});

/**
 * A value printed inside one element's own text, its part wrapped and hidden: read from what the
 * element shows, so the hidden part gives nothing and the rest of the banner still names the client.
 */
const banner = (inner: string) => `<div class="patient-banner"><p>Patient: DOE, JANE M</p><p>DOB: 02/02/1960</p>${inner}</div>`;
const IN_TEXT: Record<string, { page: (hide: string) => string; field: 'mrn' | 'admitDate'; name: string; value: string }> = {
  'label and value in one paragraph': { page: (hide) => banner(`<p>MRN: <span class="${hide}">90001</span></p>`), field: 'mrn', name: 'Jane M. Doe', value: '90001' },
  '"#" identifier': { page: (hide) => banner(`<p>#<span class="${hide}">90001</span></p>`), field: 'mrn', name: 'Jane M. Doe', value: '90001' },
  'encounter period': { page: (hide) => banner(`<p>Encounter from <span class="${hide}">11/20/2026 to 11/25/2026</span></p>`), field: 'admitDate', name: 'Jane M. Doe', value: '2026-11-20' },
  'stay in a sentence': { page: (hide) => banner(`<p>Admitted to 4 West on <span class="${hide}">11/20/2026</span></p>`), field: 'admitDate', name: 'Jane M. Doe', value: '2026-11-20' },
  'aria-labelled value': { page: (hide) => banner(`<div aria-label="MRN"><span class="${hide}">90001</span></div>`), field: 'mrn', name: 'Jane M. Doe', value: '90001' },
  'document summary': { page: (hide) => `<div class="narrative"><p>Patient Jane DOE, MRN: <span class="${hide}">90001</span>, DOB: 02/02/1960</p></div>`, field: 'mrn', name: 'Jane Doe', value: '90001' },
};
const inText = Object.entries(IN_TEXT);

describe.each(hiding)('%s, inside an element\'s own text', (_, css) => {
  test.each(inText)('%s: the hidden part is not read, the client still is', async (_layout, { page, field, name }) => {
    const got = await read(page(css));
    expect(got).toMatchObject({ source: 'generic', name, dob: '1960-02-02' });
    expect(got?.[field]).toBeUndefined();
  });
});

test.each(inText)('%s: read when nothing is hidden (the cases above can fail)', async (_layout, { page, field, name, value }) => {
  expect(await read(page(''))).toMatchObject({ source: 'generic', name, [field]: value });
});

/**
 * `display: contents` gives its element no box of its own, its content is laid out in the parent's:
 * what it wraps is seen exactly when the parent is, and its own opacity (a box property) does nothing,
 * while visibility, which its content inherits, still hides.
 */
const CONTENTS: Record<string, (wrap: string, hide?: string) => string> = {
  'banner table cell': (wrap, hide = '') => `<table id="pt-header"><tr><td>Patient:</td><td>DOE, JANE M</td><td>MRN:</td><td class="${hide}"><span style="${wrap}">MRN-90001</span></td></tr><tr><td>DOB:</td><td>02/02/1960</td></tr></table>`,
  'banner line chip': (wrap, hide = '') => `<div class="patient-banner"><span>DOE, JANE M</span> · <span>DOB 02/02/1960</span> · <span class="${hide}"><span style="${wrap}">MRN 90001</span></span></div>`,
  'nested wrappers': (wrap, hide = '') => `<div class="patient-banner"><span>DOE, JANE M</span> · <span>DOB 02/02/1960</span> · <span class="${hide}"><x-chip style="display: contents"><span style="${wrap}">MRN 90001</span></x-chip></span></div>`,
};
const contents = Object.entries(CONTENTS);

describe.each(contents)('a display: contents wrapper, %s', (_layout, page) => {
  test('in a visible banner, what it wraps is read', async () => {
    expect(await read(page('display: contents'))).toMatchObject({ source: 'generic', name: 'Jane M. Doe', mrn: expect.stringContaining('90001') });
  });
  test('its own opacity 0 hides nothing (opacity applies to a box it does not have)', async () => {
    expect(await read(page('display: contents; opacity: 0'))).toMatchObject({ source: 'generic', mrn: expect.stringContaining('90001') });
  });

  test.each(hiding)('inside a parent hidden by %s, nothing it wraps is read', async (_how, css) => {
    expect((await read(page('display: contents', css)))?.mrn).toBeUndefined();
  });
});

test.each(contents)('a display: contents wrapper, %s: its own visibility hidden hides what it wraps', async (_layout, page) => {
  expect((await read(page('display: contents; visibility: hidden')))?.mrn).toBeUndefined();
});

test.each(wrapped.slice(0, 2))('%s: the client is still read when the hidden part is the record number', async (_layout, page) => {
  expect(await read(page('h1'))).toMatchObject({ source: 'generic', name: 'Jane M. Doe', dob: '1960-02-02' });
});

/** A page whose stylesheet zeroes its root element's box (its content still shows, overflowing it). */
const zeroRoot = (doctype: string, hide: string) =>
  extract(`${doctype}<html><head><style>${STYLE}\nhtml, body { width: 0; height: 0; margin: 0 }</style></head><body><main>${table(hide)}<p>Progress notes follow.</p></main></body></html>`, URL_);

describe.each(['<!doctype html>', ''])('a root element with no box (%s)', (doctype) => {
  test.each(hiding)('%s: no hidden record number is read (the layout checks still run)', async (_how, css) => {
    const got = await zeroRoot(doctype, css);
    expect(got).toMatchObject({ source: 'generic', name: 'Jane M. Doe' });
    expect(got?.mrn).toBeUndefined();
  });
});

/** The record number pushed out of a small wrapper in its cell: what clips the wrapper's overflow hides it. */
const pushedOut = (wrapper: string) =>
  read(`<table id="pt-header"><tr><td>Patient:</td><td>DOE, JANE M</td><td>MRN:</td><td><div style="display: block; width: 4px; height: 4px; ${wrapper}"><span style="position: relative; left: 60px; top: 60px">MRN-90001</span></div></td></tr><tr><td>DOB:</td><td>02/02/1960</td></tr></table>`);

test.each(['overflow: hidden', 'contain: paint', 'contain: content', 'contain: strict', 'content-visibility: auto'])('a value clipped away by its wrapper\'s %s is not read', async (wrapper) => {
  const got = await pushedOut(wrapper);
  expect(got).toMatchObject({ source: 'generic', name: 'Jane M. Doe' });
  expect(got?.mrn).toBeUndefined();
});
test('a value overflowing a wrapper that clips nothing is read (the cases above can fail)', async () => {
  expect(await pushedOut('')).toMatchObject({ name: 'Jane M. Doe', mrn: 'MRN-90001' });
});

/**
 * "Visually hidden" captions as CSS frameworks write them (Bootstrap, Tailwind, the old off-screen class): a
 * screen reader announces them with the value beside them, and so they caption it (dom.ts isMuted); they are
 * never a value, and a caption hidden any other way captions nothing.
 */
const SR_ONLY: Record<string, string> = {
  'Bootstrap visually-hidden': 'position:absolute!important;width:1px!important;height:1px!important;padding:0!important;margin:-1px!important;overflow:hidden!important;clip:rect(0,0,0,0)!important;white-space:nowrap!important;border:0!important',
  'Tailwind sr-only': 'position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border-width:0',
  'off-screen pixel': 'position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden',
};
const SR_STYLE = Object.values(SR_ONLY).map((css, i) => `.sr${i} { ${css} }`).join('\n');
const profile = (caption: string, idRow = `<div><span class="${caption}">Client ID</span><svg aria-hidden="true" width="12" height="12"></svg>CL-559120</div>`) =>
  `<!doctype html><html><head><style>${SR_STYLE}\n${STYLE}</style></head><body><header><span>CareLoop</span> <span>Noah Feld, LCSW</span></header>` +
  `<section><h3>Delphine Marchetti</h3><div><span class="${caption}">Date of birth</span>July 19, 1972</div>${idRow}</section></body></html>`;
const srOnly = Object.keys(SR_ONLY).map((how, i) => [how, `sr${i}`] as const);

describe.each(srOnly)('a caption only a screen reader is given (%s)', (_how, caption) => {
  test('captions the shown value after it', async () => {
    expect(await extract(profile(caption), URL_)).toMatchObject({ name: 'Delphine Marchetti', dob: '1972-07-19', mrn: 'CL-559120' });
  });
  test('is never a value', async () => {
    const got = await extract(profile(caption, `<div>Client ID <span class="${caption}">CL-880012</span></div>`), URL_);
    expect(got).toMatchObject({ name: 'Delphine Marchetti', dob: '1972-07-19' });
    expect(got?.mrn).toBeUndefined();
  });
});

// Not a clip or a zero scale: a screen reader announces what they hide from sight, and they caption as the classes above do.
test.each(hiding.filter(([how]) => how !== 'clipped' && how !== 'scaled to nothing'))('a caption hidden by %s captions nothing', async (_how, css) => {
  expect((await extract(profile(css), URL_))?.mrn).toBeUndefined();
});
