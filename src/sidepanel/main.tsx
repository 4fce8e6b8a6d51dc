import { render } from 'preact';
import { openGuardedDatabase } from '../platform/guarded-database';
import { loadHolidayCalendar } from '../domain/time/holiday-calendar';
import { extensionHost } from './host-extension';
import { createPanelSession } from './panel';
import { createBindingModel } from './models/binding';
import { PanelRoot } from './components/App';

async function main() {
  // Ask the browser not to evict the caseload under storage pressure (unlimitedStorage already
  // exempts extension storage in Chrome; Firefox may decide itself). Refusal changes nothing.
  void navigator.storage?.persist?.().catch(() => false);
  if (__LEAK_PROBE__) plantLeak();
  const root = document.getElementById('root') as HTMLElement;
  const host = extensionHost(location);
  document.title = host.t('panelTitle');
  // What the page shows is asked for while the database opens: the client appears sooner.
  const binding = createBindingModel(host);
  void binding.start();
  // The holiday calendar loads on demand (not in the first-paint bytes) while the database opens:
  // the panel's models count business days, so they are built only once both are there.
  const [{ db, vault }] = await Promise.all([openGuardedDatabase(), loadHolidayCalendar()]);
  const session = createPanelSession(host, db, vault, binding);
  render(<PanelRoot session={session} />, root);
  await session.start();
}

void main();

/** Test build only (see vite.config.ts): one request out of the panel, which the e2e guard must report. */
function plantLeak() {
  const port = new URLSearchParams(location.search).get('leakPort');
  if (port) new Image().src = `http://127.0.0.1:${port}/leak`;
}
