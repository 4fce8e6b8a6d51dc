import { afterAll, beforeAll, expect, test } from 'vitest';
import { createServer, type Server } from 'node:http';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';

/**
 * A working day's patient switches, through the built extension and its reading page: a chart that
 * changes patient in every way pages do (the banner rebuilt, its texts edited in place, a stylesheet
 * showing another banner, a `hidden` flip, a history push that rebuilds the view), while the reading
 * page idles out and comes back and the reader is injected a second time. After every step the panel
 * shows the patient the page shows. Seeded: a failing sequence is printed and replays.
 */
const PATIENTS = [
  { name: 'DOE, JANE M', mrn: 'MRN-200101', dob: '01/05/1950', shown: 'Jane' },
  { name: 'ROE, RICHARD', mrn: 'MRN-200102', dob: '02/03/1960', shown: 'Richard' },
  { name: 'POE, ANNA', mrn: 'MRN-200103', dob: '04/05/1970', shown: 'Anna' },
  { name: 'NUNEZ, JOSE', mrn: 'MRN-200104', dob: '11/23/1948', shown: 'Jose' },
  { name: 'OKAFOR, GRACE', mrn: 'MRN-200105', dob: '07/14/1982', shown: 'Grace' },
];

const CHART = `<!doctype html><html><head><title>Chart</title>
<style>body.second #first-banner { display: none } body:not(.second) #second-banner { display: none }</style></head>
<body><main id="view"></main><script>
const patients = ${JSON.stringify(PATIENTS)};
const banner = (p, id) => {
  const header = document.createElement('header');
  header.className = 'patient-banner';
  if (id) header.id = id;
  const dl = document.createElement('dl');
  for (const [label, value] of [['Patient name', p.name], ['MRN', p.mrn], ['DOB', p.dob]]) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = value;
    dl.append(dt, dd);
  }
  header.append(dl);
  return header;
};
const view = document.getElementById('view');
const show = (p) => view.replaceChildren(banner(p));
window.chart = {
  rebuild: (i) => show(patients[i]),
  inPlace: (i) => {
    const dds = view.querySelectorAll('header:not([hidden]):not(#second-banner) dd');
    const p = patients[i];
    [p.name, p.mrn, p.dob].forEach((text, k) => (dds[k].firstChild.nodeValue = text));
  },
  stylesheet: (i, j) => {
    document.body.classList.remove('second');
    view.replaceChildren(banner(patients[j], 'first-banner'), banner(patients[i], 'second-banner'));
    requestAnimationFrame(() => requestAnimationFrame(() => document.body.classList.add('second')));
  },
  hiddenFlip: (i, j) => {
    const shown = banner(patients[i]);
    const other = banner(patients[j]);
    shown.hidden = true;
    view.replaceChildren(other, shown);
    setTimeout(() => { other.hidden = true; shown.hidden = false; }, 50);
  },
  navigate: (i) => { history.pushState({}, '', '/chart/' + i); show(patients[i]); },
};
show(patients[0]);
</script></body></html>`;

type Step =
  | { kind: 'rebuild' | 'inPlace' | 'navigate'; patient: number }
  | { kind: 'stylesheet' | 'hiddenFlip'; patient: number; other: number }
  | { kind: 'idleOut' | 'reinject' };

const patientIndex = fc.integer({ min: 0, max: PATIENTS.length - 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constantFrom('rebuild' as const, 'inPlace' as const, 'navigate' as const), patient: patientIndex }),
  fc.record({ kind: fc.constantFrom('stylesheet' as const, 'hiddenFlip' as const), patient: patientIndex, other: patientIndex }),
  fc.record({ kind: fc.constantFrom('idleOut' as const, 'reinject' as const) }),
);

let server: Server;
let origin: string;
let browser: ExtensionBrowser;
beforeAll(async () => {
  server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(CHART));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await launchWithExtension('dist/chrome-demo');
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

/** The reading page says it idles (as its own timer would after five quiet minutes): the worker closes it. */
async function idleOut(panel: Page): Promise<void> {
  const cdp = await browser.context.newCDPSession(panel);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
  const reading = targetInfos.find((t) => t.url.endsWith('/src/offscreen/index.html'));
  if (reading) {
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: reading.targetId, flatten: false })) as { sessionId: string };
    const expression = "chrome.runtime.sendMessage({ type: 'snapshot/idle' }).catch(() => undefined)";
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression } }) });
  }
  await cdp.detach();
}

test('the panel follows every patient switch, however the page makes it, across reading-page restarts and a second injection', async () => {
  const { page, tabId } = await browser.openTab(`${origin}/chart/0`);
  const panel = await browser.openPanel(tabId);
  await expect.poll(() => panel.getByTestId('client-mrn').textContent()).toBe(PATIENTS[0]!.mrn);
  const worker = await browser.worker();
  let current = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 24, maxLength: 24 }), async (steps) => {
      for (const s of steps) {
        if (!('patient' in s)) {
          if (s.kind === 'idleOut') await idleOut(panel);
          else await worker.evaluate((tab) => chrome.scripting.executeScript({ target: { tabId: tab }, files: ['src/content/main.js'] }), tabId);
        } else if ('other' in s) {
          // Two patients in the page, the other one shown first: only the switch to `patient` may stand.
          if (s.other === s.patient) continue;
          await page.evaluate(([kind, i, j]) => (window as unknown as { chart: Record<string, (a: number, b: number) => void> }).chart[kind]!(i, j), [s.kind, s.patient, s.other] as const);
          current = s.patient;
        } else {
          if (s.kind === 'inPlace' && (await page.locator('header').count()) !== 1) continue;
          await page.evaluate(([kind, i]) => (window as unknown as { chart: Record<string, (a: number) => void> }).chart[kind]!(i), [s.kind, s.patient] as const);
          current = s.patient;
        }
        const want = PATIENTS[current]!;
        await expect.poll(() => panel.getByTestId('client-mrn').textContent(), { message: `after ${JSON.stringify(s)}` }).toBe(want.mrn);
        expect(await panel.getByTestId('client-name').textContent()).toContain(want.shown);
      }
    }),
    { numRuns: 1, seed: Number(process.env.SOAK_SEED ?? 20261205), endOnFailure: true, verbose: true },
  );
  await page.close();
  await panel.close();
}, 180_000);
