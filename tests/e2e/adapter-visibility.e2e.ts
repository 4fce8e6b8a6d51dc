import { describe, expect, test } from 'vitest';
import { hidingClasses, readerInChromium } from './reader-in-chromium';

/**
 * The adapter path in real Chromium, where a stylesheet hides things only layout can tell: the
 * visible banner's client is read, never a hidden one earlier in the page, and the adapter reads no
 * value the user cannot see inside the visible banner (the reader's visibility checks, which the
 * adapter scripts borrow), nor does the generic reader that completes the adapter's reading.
 */
const URL_ = 'http://127.0.0.1:8765/classic/chart/1';
const HIDING: Record<string, string> = {
  'display none': 'display: none',
  'opacity 0': 'opacity: 0',
  'off-screen': 'position: absolute; left: -10000px',
  'clipped': 'position: absolute; clip-path: inset(50%)',
  'scaled to nothing': 'transform: scale(0)',
  'transparent text': 'color: transparent',
  'transparent fill': '-webkit-text-fill-color: transparent',
  'zero font size': 'font-size: 0',
  'zero height, overflow hidden': 'display: block; height: 0; padding: 0; overflow: hidden',
};
/** Hidden by the page's stylesheet, as pages do (an inline style is caught without layout). */
const banner = (name: string, mrn: string, hide = '', hideMrn = '') =>
  `<table id="pt-header" class="${hide}"><tr><td>Patient:</td><td>${name}</td><td>MRN:</td><td class="${hideMrn}">${mrn}</td></tr><tr><td>DOB:</td><td>02/02/1960</td></tr></table>`;
const { style: STYLE, classes: hiding } = hidingClasses(HIDING);

type Read = { name?: string; mrn?: string; source?: string; provenance?: { mrn?: string } } | null;
const extract = readerInChromium<Read>();

function read(body: string): Promise<Read> {
  return extract(`<!doctype html><html><head><style>${STYLE}\n.painted { color: transparent; -webkit-text-fill-color: #222 }</style></head><body><main>${body}</main></body></html>`, URL_);
}

describe.each(hiding)('%s', (_, css) => {
  test('a hidden banner before the visible one is passed over', async () => {
    const got = await read(`${banner('ROE, RICHARD', 'MRN-90001', css)}${banner('DOE, JANE M', 'MRN-100234')}`);
    expect(got).toMatchObject({ name: 'Jane M. Doe', mrn: 'MRN-100234' });
  });
  test('no value hidden inside the visible banner is read, by the adapter or the generic reader completing it', async () => {
    const got = await read(banner('DOE, JANE M', 'MRN-100234', '', css));
    expect(got).toMatchObject({ source: 'demo-classic', name: 'Jane M. Doe' });
    expect(got?.mrn).toBeUndefined();
  });
});

test('text whose fill colour is set is painted, and read, even with a transparent colour', async () => {
  const got = await read(banner('DOE, JANE M', 'MRN-100234', '', 'painted'));
  expect(got).toMatchObject({ source: 'demo-classic', mrn: 'MRN-100234' });
  expect(got?.provenance?.mrn).toMatch(/^header table/);
});
