import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';

/**
 * A page that tries to make Rapport read the wrong client, with the demo build in real Chromium:
 * a second patient hidden by CSS the reader would only see in the markup (opacity, off-screen,
 * clipped, scaled to nothing, transparent or zero-size text), an adapter page whose first banner
 * in the DOM is the hidden one, and iframes (hidden, tiny, cross-origin) that show someone else
 * beside what the top frame visibly shows. The panel must show the visible client every time.
 */
const banner = (name: string, mrn: string, dob: string, cls = '') =>
  `<header class="patient-banner ${cls}"><dl><dt>Patient name</dt><dd>${name}</dd><dt>MRN</dt><dd>${mrn}</dd><dt>DOB</dt><dd>${dob}</dd></dl></header>`;
const page = (body: string, style = '') => `<!doctype html><html><head><meta charset="utf-8"><style>${style}</style></head><body>${body}</body></html>`;
const JANE = banner('DOE, JANE M', 'MRN-100234', '01/05/1950');

const HIDING = {
  faded: 'opacity: 0',
  offscreen: 'position: absolute; left: -10000px',
  clipped: 'position: absolute; clip-path: inset(50%)',
  shrunk: 'transform: scale(0)',
  invisibleInk: 'color: transparent',
  tinyText: 'font-size: 0',
  squashed: 'height: 0; overflow: hidden',
} as const;
const hidingCss = Object.entries(HIDING).map(([cls, css]) => `.${cls} { ${css} }`).join('\n');

let port = 0;
const pages: Record<string, string> = {};
const server: Server = createServer((req, res) => {
  const body = pages[new URL(req.url ?? '/', 'http://x').pathname];
  res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body ?? 'not found');
});
let browser: ExtensionBrowser;

beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as { port: number }).port;
  const hiddenRoes = Object.keys(HIDING).map((cls, i) => banner(`ROE, RICHARD ${String.fromCharCode(65 + i)}`, `MRN-9000${i}`, `02/0${i + 1}/1960`, cls)).join('');
  pages['/hidden-patients.html'] = page(`${hiddenRoes}${JANE}`, hidingCss);
  pages['/visible-second.html'] = page(`${JANE}${banner('ROE, RICHARD', 'MRN-90009', '02/02/1960')}`);
  // The demo-classic adapter reads the first visible table#pt-header: the hidden one comes first.
  const classic = (name: string, mrn: string, cls = '') =>
    `<table id="pt-header" class="${cls}"><tr><td>Patient:</td><td>${name}</td><td>MRN:</td><td>${mrn}</td></tr><tr><td>DOB:</td><td>02/02/1960</td></tr></table>`;
  pages['/classic/chart/7'] = page(`${classic('ROE, RICHARD', 'MRN-90001', 'faded')}${classic('DOE, JANE M', 'MRN-100234')}`, hidingCss);
  pages['/roe.html'] = page(banner('ROE, RICHARD', 'MRN-90001', '02/02/1960'));
  pages['/jane.html'] = page(JANE);
  pages['/frames.html'] = page(
    `${JANE}
     <iframe class="faded" src="/roe.html" width="800" height="500"></iframe>
     <iframe src="/roe.html" width="1" height="1"></iframe>
     <iframe src="/roe.html" width="800" height="500" style="position:absolute; left:-10000px"></iframe>
     <iframe src="http://localhost:${port}/roe.html" width="800" height="500"></iframe>`,
    hidingCss,
  );
  // Structured data the content script does not carry: its part is loaded into the frame on demand.
  const fhir = (family: string, given: string, mrn: string, birthDate: string) =>
    `<script type="application/fhir+json">${JSON.stringify({ resourceType: 'Patient', name: [{ family, given: [given] }], identifier: [{ value: mrn }], birthDate })}</script>`;
  const nameAndDob = `<header class="patient-banner"><dl><dt>Patient name</dt><dd>DOE, JANE M</dd><dt>DOB</dt><dd>01/05/1950</dd></dl></header>`;
  pages['/record-in-data.html'] = page(`${fhir('Doe', 'Jane', 'MRN-100234', '1950-01-05')}${nameAndDob}`);
  pages['/other-in-data.html'] = page(`${fhir('Roe', 'Richard', 'MRN-90001', '1960-02-02')}${nameAndDob}`);
  // A banner line and a heading, no labels: read by the shape rules.
  pages['/banner-line.html'] = page('<header class="patient-banner"><h1>Jane M Doe</h1><div>F · 01/05/1950 · MRN 100234</div></header><main><p>Notes</p></main>');
  pages['/shell.html'] = page(`<nav><a href="#">Home</a></nav><iframe src="http://localhost:${port}/jane.html" width="900" height="600"></iframe>`);
  pages['/menu.html'] = page('<nav><a href="#">Inbox</a> <a href="#">Reports</a> <a href="#">Settings</a></nav>');
  pages['/menu-shell.html'] = page(`<iframe src="/menu.html" width="300" height="600"></iframe><iframe src="/jane.html" width="900" height="600"></iframe>`);
  browser = await launchWithExtension('dist/chrome-demo');
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server.close(done));
});

/**
 * How long the frames' reports must stay as they are before the panel is read: a few times the
 * reader's 300 ms between re-reads, so a frame's later answer (after its verdict rounds) is in.
 */
const QUIET_MS = 1_000;

/**
 * Waits until every frame of the tab has reported (each runs a reader: the demo build reads all
 * frames of 127.0.0.1 and localhost) and no report has changed for QUIET_MS. The reports are the
 * background's own record of the tab in storage.session.
 */
async function framesSettled(page: Page, tabId: number): Promise<void> {
  const frames = page.frames().filter((frame) => frame.url().startsWith('http')).length;
  const worker = await browser.worker();
  let last = '';
  let since = Date.now();
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    const reports = await worker.evaluate(async (key) => JSON.stringify(((await chrome.storage.session.get(key))[key] as { frames?: object } | undefined)?.frames ?? {}), `tab:${tabId}`);
    if (reports !== last) [last, since] = [reports, Date.now()];
    else if (Object.keys(JSON.parse(reports)).length >= frames && Date.now() - since >= QUIET_MS) return;
  }
  throw new Error(`the ${frames} frames never settled: ${last}`);
}

/** What the panel bound to the tab shows once every frame has reported and none has changed its answer for a while. */
async function shown(path: string): Promise<{ mrn: string | null; noClient: boolean }> {
  const { page: tab, tabId } = await browser.openTab(`http://127.0.0.1:${port}${path}`);
  const panel = await browser.openPanel(tabId);
  await panel.getByTestId('client-mrn').or(panel.getByTestId('no-client')).first().waitFor();
  await framesSettled(tab, tabId);
  const mrn = (await panel.getByTestId('client-mrn').count()) > 0 ? await panel.getByTestId('client-mrn').textContent() : null;
  const noClient = (await panel.getByTestId('no-client').count()) > 0;
  await panel.close();
  return { mrn, noClient };
}

describe('never the wrong client', () => {
  test('seven patients hidden by CSS beside the visible one: the panel shows the visible one', async () => {
    expect(await shown('/hidden-patients.html')).toEqual({ mrn: 'MRN-100234', noClient: false });
  });
  test('control: a second patient left visible makes the page unreadable', async () => {
    expect((await shown('/visible-second.html')).mrn).toBeNull();
  });
  test('an adapter reads the visible banner, not the first one in the DOM', async () => {
    expect((await shown('/classic/chart/7')).mrn).toBe('MRN-100234');
  });
  test('hidden, tiny, off-screen and cross-origin iframes never outrank what the top frame shows', async () => {
    expect(await shown('/frames.html')).toEqual({ mrn: 'MRN-100234', noClient: false });
  });
  test('the record number only the page\'s FHIR data holds is read (the structured reader)', async () => {
    expect(await shown('/record-in-data.html')).toEqual({ mrn: 'MRN-100234', noClient: false });
  });
  test('a banner line with a heading for its name is read (the shape rules)', async () => {
    expect(await shown('/banner-line.html')).toEqual({ mrn: '100234', noClient: false });
  });
  test('data declaring another patient than the banner shows: no client', async () => {
    expect((await shown('/other-in-data.html')).mrn).toBeNull();
  });
  test('control: a chart in a visible iframe of a shell page is read', async () => {
    expect((await shown('/shell.html')).mrn).toBe('MRN-100234');
  });
});

test('a frame that shows nobody and the chart beside it keep the small stage: the chart is read from its snapshot, elsewhere (docs/reader-split.md)', async () => {
  const { tabId } = await browser.openTab(`http://127.0.0.1:${port}/menu-shell.html`);
  const panel = await browser.openPanel(tabId);
  await panel.getByTestId('client-mrn').waitFor();
  expect(await panel.getByTestId('client-mrn').textContent()).toBe('MRN-100234');
  await panel.close();
  // Asked of each frame in the content scripts' own world, where the parts meet the stage.
  const frames = await (await browser.worker()).evaluate(async (tab) => {
    const results = await chrome.scripting.executeScript({
      target: { tabId: tab, allFrames: true },
      func: () => ({ path: location.pathname, stage: typeof (globalThis as { rapportReader?: unknown }).rapportReader, reader: Boolean((globalThis as { __rapportParts?: { read?: unknown } }).__rapportParts?.read) }),
    });
    return results.map((r) => r.result as { path: string; stage: string; reader: boolean });
  }, tabId);
  const byPath = Object.fromEntries(frames.map((f) => [f.path, f]));
  expect(byPath['/menu.html']).toEqual({ path: '/menu.html', stage: 'object', reader: false });
  expect(byPath['/jane.html']).toEqual({ path: '/jane.html', stage: 'object', reader: false });
});
