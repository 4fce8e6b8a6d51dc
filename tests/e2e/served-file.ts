import { createServer } from 'node:http';
import { launchWithExtension } from './browser';

/**
 * Opens `body`, served as `contentType` at `path` on a loopback server, in a tab of the built demo
 * extension, and answers what the content script reported for the top frame (null when nothing within
 * 15 s) and the namespace of the document the browser keeps: a raw XML file's own root, which
 * Chromium's XML viewer keeps hidden inside its tree view.
 */
export async function readServedFile(body: string, contentType: string, path: string): Promise<{ rootNamespace: string | null; context: Record<string, unknown> | null }> {
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': contentType }).end(body));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const ext = await launchWithExtension('dist/chrome-demo');
  try {
    const { page: tab, tabId } = await ext.openTab(`http://127.0.0.1:${(server.address() as { port: number }).port}${path}`);
    const rootNamespace = await tab.evaluate(() => (document.getElementById('webkit-xml-viewer-source-xml')?.firstElementChild ?? document.documentElement).namespaceURI);
    const worker = await ext.worker();
    let context: Record<string, unknown> | null | undefined;
    for (const deadline = Date.now() + 15_000; !context && Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
      const record = await worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key] as { frames?: Record<string, { context: Record<string, unknown> | null }> } | undefined, `tab:${tabId}`);
      context = record?.frames?.['0']?.context;
    }
    return { rootNamespace, context: context ?? null };
  } finally {
    await ext.close();
    await new Promise((done) => server.close(done));
  }
}
