// The demo server is plain ESM JavaScript (it also runs under `npm start`).
import { startDemoServer as startServer } from '../../demo/server.mjs';
import { makePatients } from '../../demo/patients.mjs';

export { makePatients };

/** The demo EHR on a free loopback port; `page(path)` is the absolute URL of one of its pages. */
export async function startDemoServer() {
  const server = await startServer({ port: 0 });
  return { ...server, page: (path: string) => new URL(path, server.url).href };
}

export type DemoServer = Awaited<ReturnType<typeof startDemoServer>>;
