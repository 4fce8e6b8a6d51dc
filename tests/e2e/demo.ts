// The demo server is plain ESM JavaScript (it also runs under `npm start`).
import { startDemoServer as startServer } from '../../demo/server.mjs';
import { makePatients } from '../../demo/patients.mjs';
import type { Page } from 'playwright-core';

export { makePatients };

/** The demo EHR on a free loopback port; `page(path)` is the absolute URL of one of its pages. */
export async function startDemoServer() {
  const server = await startServer({ port: 0 });
  return { ...server, page: (path: string) => new URL(path, server.url).href };
}

export type DemoServer = Awaited<ReturnType<typeof startDemoServer>>;

/**
 * A chart opened is only seen: "Add to my caseload", as the user would, and wait for the full view.
 * A client already on the caseload (an earlier test in the same profile added them) is left as is.
 */
export async function addToCaseload(panel: Page): Promise<void> {
  await panel.locator('[data-testid="seen-client"], [data-testid="cadence-status"]').first().waitFor();
  if ((await panel.getByTestId('seen-client').count()) === 0) return;
  await panel.getByTestId('enrol-client').click();
  await panel.getByTestId('cadence-status').waitFor();
}
