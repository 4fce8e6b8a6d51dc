import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { stopServiceWorker, wakeServiceWorker } from './worker-control';

/**
 * A page whose read goes in `snapshot/piece` messages (docs/reader-split.md, "Pieces"), through the built extension:
 * some MB of visible notes, and the client's banner after them, so only the whole mirror names the client. The worker
 * is watched by a listener of its own beside the router's (it answers nothing), which records each piece it receives.
 */
const PATIENTS = {
  whole: { name: 'DOE, JANE M', mrn: 'MRN-300101', dob: '01/05/1950' },
  stopped: { name: 'ROE, RICHARD', mrn: 'MRN-300102', dob: '02/03/1960' },
  left: { name: 'POE, ANNA', mrn: 'MRN-300103', dob: '04/05/1970' },
  arrived: { name: 'OKAFOR, GRACE', mrn: 'MRN-300104', dob: '07/14/1982' },
  opened: { name: 'DIAZ, CARLOS', mrn: 'MRN-300105', dob: '11/30/1955' },
  held: { name: 'LEE, MARGARET', mrn: 'MRN-300106', dob: '09/21/1945' },
};
type Chart = keyof typeof PATIENTS;

/** Text of the notes log: its read goes in some 190 pieces of 32 K characters (each paragraph an entry of the wire). */
const NOTES_CHARS = 3 * 1024 * 1024;
const NOTE = 'Visit note: vitals stable, ambulating with a walker, tolerating a soft diet, pain controlled, plan unchanged. ';

function chartPage(chart: Chart): string {
  const { name, mrn, dob } = PATIENTS[chart];
  const paragraph = NOTE.repeat(9);
  const notes = Array.from({ length: Math.ceil(NOTES_CHARS / paragraph.length) }, (_, i) => `<p>Entry ${i + 1}. ${paragraph}</p>`).join('\n');
  return `<!doctype html><html><head><title>Chart</title></head><body>
<section class="notes-log"><h2>Notes</h2>${notes}</section>
<header class="patient-banner"><dl><dt>Patient name</dt><dd>${name}</dd><dt>MRN</dt><dd>${mrn}</dd><dt>DOB</dt><dd>${dob}</dd></dl></header>
</body></html>`;
}

const PAGES = new Map(Object.keys(PATIENTS).map((chart) => [`/chart/${chart}`, chartPage(chart as Chart)]));

let server: Server;
let origin: string;
let browser: ExtensionBrowser;
beforeAll(async () => {
  server = createServer((req, res) => {
    const page = PAGES.get(req.url ?? '');
    if (page) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await launchWithExtension('dist/chrome-demo');
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

interface SeenPiece {
  url: string;
  doc: string;
  n: number;
  end: boolean;
}

/** Records every piece the worker receives, in order, with the URL of the frame that sent it. */
async function watchPieces(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { seenPieces?: SeenPiece[] };
    if (scope.seenPieces) return;
    const seen: SeenPiece[] = [];
    scope.seenPieces = seen;
    chrome.runtime.onMessage.addListener((raw: unknown, sender) => {
      const message = raw as { type?: string; doc: string; n: number; end?: true } | null;
      if (message?.type === 'snapshot/piece') seen.push({ url: sender.url ?? '', doc: message.doc, n: message.n, end: message.end === true });
      return false;
    });
  });
}

const piecesFrom = async (worker: Worker, chart: Chart): Promise<SeenPiece[]> =>
  (await worker.evaluate(() => (globalThis as unknown as { seenPieces?: SeenPiece[] }).seenPieces ?? [])).filter((piece) => piece.url.endsWith(`/chart/${chart}`));

/** Every MRN the panel shows from now on, however briefly (polling could miss a wrong client shown for a moment). */
async function recordShownMrns(panel: Page): Promise<() => Promise<string[]>> {
  await panel.evaluate(() => {
    const shown = new Set<string>();
    (globalThis as unknown as { shownMrns: Set<string> }).shownMrns = shown;
    const look = () => {
      const mrn = document.querySelector('[data-testid="client-mrn"]')?.textContent;
      if (mrn) shown.add(mrn);
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
    look();
  });
  return () => panel.evaluate(() => [...(globalThis as unknown as { shownMrns: Set<string> }).shownMrns]);
}

/** The panel ends on `chart`'s client, having shown no other, with no alert. */
async function expectPanelShows(panel: Page, shown: () => Promise<string[]>, chart: Chart): Promise<void> {
  const { mrn, name } = PATIENTS[chart];
  await expect.poll(() => panel.getByTestId('client-mrn').textContent().catch(() => null), { timeout: 30_000 }).toBe(mrn);
  const given = name.split(', ')[1]!.split(' ')[0]!.toLowerCase();
  expect((await panel.getByTestId('client-name').textContent())?.toLowerCase()).toContain(given);
  expect(await shown()).toEqual([mrn]);
  expect(await panel.locator('[role="alert"]').count()).toBe(0);
}

/** A tab on about:blank and its panel: what watches them is set up before the chart loads. */
async function blankTab(): Promise<{ page: Page; tabId: number; panel: Page; shown: () => Promise<string[]> }> {
  const { page, tabId } = await browser.openTab('about:blank');
  const panel = await browser.openPanel(tabId);
  return { page, tabId, panel, shown: await recordShownMrns(panel) };
}

/**
 * Opens `chart` and holds the frame's script still once the worker has a few of its pieces: it cannot finish its
 * message meanwhile. Answers the pieces the worker had and the session that resumes the frame.
 */
async function pauseMidSend(page: Page, chart: Chart): Promise<{ before: SeenPiece[]; resume: () => Promise<void> }> {
  await page.goto(`${origin}/chart/${chart}`, { waitUntil: 'commit' });
  const cdp: CDPSession = await browser.context.newCDPSession(page);
  await cdp.send('Debugger.enable');
  await expect.poll(async () => (await piecesFrom(await browser.worker(), chart)).length, { timeout: 30_000, interval: 20 }).toBeGreaterThanOrEqual(3);
  await cdp.send('Debugger.pause');
  // The piece under way when the pause came is answered; no other goes until the frame resumes.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const before = await piecesFrom(await browser.worker(), chart);
  expect(before.some((piece) => piece.end), 'the message ended before the pause: make the page larger').toBe(false);
  // A document navigated away while paused is not paused any more: it will run no more.
  const resume = async () => {
    await cdp.send('Debugger.resume').catch((error: unknown) => {
      if (!String(error).includes('only perform operation while paused')) throw error;
    });
    await cdp.send('Debugger.disable');
    await cdp.detach();
  };
  return { before, resume };
}

/** The MRNs the background holds for the tab's frames now (its storage: asking it through a panel would read again). */
const storedMrns = async (tabId: number): Promise<string[]> =>
  (await browser.worker()).evaluate(async (key) => {
    const stored = (await chrome.storage.session.get(key))[key] as { frames?: Record<string, { context: { mrn?: string } | null }> } | undefined;
    return Object.values(stored?.frames ?? {}).flatMap((frame) => (frame.context?.mrn ? [frame.context.mrn] : []));
  }, `tab:${tabId}`);

/**
 * The worker passes no read of `chart`'s tab that carries `shows`' MRN on to the reading page: it stays in the middle of
 * handling the message's last piece (its answer awaits the reading) until it is stopped. True once one is held. Only
 * such a read: one of the page before (the load's own re-read, late under load) must not be the one held.
 */
async function holdReadings(worker: Worker, chart: Chart, shows: Chart): Promise<() => Promise<boolean>> {
  await worker.evaluate(([path, mrn]) => {
    const runtime = chrome.runtime as unknown as { sendMessage: (message: { type?: string; url?: string }, ...rest: unknown[]) => unknown };
    const send = runtime.sendMessage.bind(runtime);
    const scope = globalThis as unknown as { heldReading?: boolean };
    runtime.sendMessage = (message, ...rest) => {
      if (message?.type !== 'snapshot/read' || !message.url?.endsWith(path) || !JSON.stringify(message).includes(mrn)) return send(message, ...rest);
      scope.heldReading = true;
      return new Promise(() => undefined);
    };
  }, [`/chart/${chart}`, PATIENTS[shows].mrn] as const);
  return () => worker.evaluate(() => (globalThis as unknown as { heldReading?: boolean }).heldReading === true);
}

describe('a page read in pieces', () => {
  test('the client named after some MB of notes is read, its message sent in many pieces', async () => {
    await watchPieces(await browser.worker());
    const { page, panel, shown } = await blankTab();
    await page.goto(`${origin}/chart/whole`);
    await expectPanelShows(panel, shown, 'whole');
    const pieces = await piecesFrom(await browser.worker(), 'whole');
    expect(pieces.length).toBeGreaterThan(NOTES_CHARS / (64 * 1024));
    expect(pieces.map((piece) => piece.n)).toEqual(pieces.map((_, n) => n));
    expect(pieces.at(-1)?.end).toBe(true);
    await page.close();
    await panel.close();
  });

  test('a worker stopped between two pieces: the frame sends the page again, and the panel shows its client', async () => {
    await watchPieces(await browser.worker());
    const { page, panel, shown } = await blankTab();
    const { before, resume } = await pauseMidSend(page, 'stopped');
    await stopServiceWorker(browser.context, browser.extensionId);
    // Woken by the panel, the fresh worker is watched before the frame's next piece reaches it.
    await wakeServiceWorker(panel, { type: 'badge/refresh' });
    const fresh = await browser.worker();
    await watchPieces(fresh);
    expect(await piecesFrom(fresh, 'stopped')).toEqual([]);
    await resume();

    await expectPanelShows(panel, shown, 'stopped');
    const after = await piecesFrom(fresh, 'stopped');
    // The next piece broke the message (the fresh worker knew none before it), then the page went again from its first.
    expect(after[0]?.n).toBe(before.length);
    const again = after.slice(1);
    expect(again.map((piece) => piece.n)).toEqual(again.map((_, n) => n));
    expect(again.length).toBeGreaterThan(NOTES_CHARS / (64 * 1024));
    expect(again.at(-1)?.end).toBe(true);
    await page.close();
    await panel.close();
  });

  test('a tab sent to another patient while its frame sends pieces: the panel shows the new patient only', async () => {
    await watchPieces(await browser.worker());
    const { page, tabId, panel, shown } = await blankTab();
    const { resume } = await pauseMidSend(page, 'left');
    await (await browser.worker()).evaluate(([tab, url]) => chrome.tabs.update(tab, { url }), [tabId, `${origin}/chart/arrived`] as const);
    await resume();
    await expectPanelShows(panel, shown, 'arrived');
    expect(page.url()).toBe(`${origin}/chart/arrived`);
    const worker = await browser.worker();
    const left = await piecesFrom(worker, 'left');
    expect(left.length).toBeGreaterThanOrEqual(3);
    expect(left.some((piece) => piece.end)).toBe(false);
    const arrived = await piecesFrom(worker, 'arrived');
    expect(arrived.at(-1)?.end).toBe(true);
    expect(arrived.some((piece) => piece.doc === left[0]!.doc)).toBe(false);
    await page.close();
    await panel.close();
  });

  test('a worker stopped while it handles a piece: the frame sends its read again by itself, and the tab ends on its client', async () => {
    const worker = await browser.worker();
    await watchPieces(worker);
    // Another tab's panel wakes the worker later; none shows the chart's tab: a panel's watch would read it again.
    const blank = await browser.openTab('about:blank');
    const waker = await browser.openPanel(blank.tabId);
    const { page, tabId } = await browser.openTab(`${origin}/chart/opened`);
    await expect.poll(() => storedMrns(tabId), { timeout: 30_000 }).toEqual([PATIENTS.opened.mrn]);

    // The app shows another patient, some MB of notes with them: one read, its message in pieces, held by the worker.
    // The load's own re-read (after "complete") may still be under way (at load ~30 it went on past a 2 s wait):
    // the frame reads one at a time, so once the switch's read is held, it is over.
    const held = await holdReadings(worker, 'opened', 'held');
    const earlier = (await piecesFrom(worker, 'opened')).length;
    await page.evaluate(async () => {
      const next = new DOMParser().parseFromString(await (await fetch('/chart/held')).text(), 'text/html');
      document.body.replaceWith(next.body);
    });
    await expect.poll(held, { timeout: 30_000, interval: 50 }).toBe(true);
    const before = (await piecesFrom(worker, 'opened')).slice(earlier);
    expect(before.at(-1)?.end).toBe(true);
    expect(before.length).toBeGreaterThan(NOTES_CHARS / (64 * 1024));
    expect(await storedMrns(tabId)).toEqual([PATIENTS.opened.mrn]);

    // The frame's script held still while the worker stops mid-message: what it does next, it does for the fresh one.
    const cdp: CDPSession = await browser.context.newCDPSession(page);
    await cdp.send('Debugger.enable');
    await cdp.send('Debugger.pause');
    await stopServiceWorker(browser.context, browser.extensionId);
    await wakeServiceWorker(waker, { type: 'badge/refresh' });
    const fresh = await browser.worker();
    await watchPieces(fresh);
    expect(await piecesFrom(fresh, 'opened')).toEqual([]);
    await cdp.send('Debugger.resume').catch((error: unknown) => {
      if (!String(error).includes('only perform operation while paused')) throw error;
    });
    await cdp.send('Debugger.disable');
    await cdp.detach();

    // Nothing on the page changed since, and nothing asked the frame: its read went again on its own, from piece 0.
    await expect.poll(() => storedMrns(tabId), { timeout: 20_000 }).toEqual([PATIENTS.held.mrn]);
    const again = await piecesFrom(fresh, 'opened');
    expect(again.map((piece) => piece.n)).toEqual(again.map((_, n) => n));
    expect(again.length).toBeGreaterThan(NOTES_CHARS / (64 * 1024));
    expect(again.at(-1)?.end).toBe(true);
    const panel = await browser.openPanel(tabId);
    await expectPanelShows(panel, await recordShownMrns(panel), 'held');
    await page.close();
    await panel.close();
    await waker.close();
    await blank.page.close();
  });
});
