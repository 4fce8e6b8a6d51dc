// The bundled demo EHR: a dependency-free node:http server with three skins (classic, SPA, portal).
// Run: node demo/server.mjs [--port N]   (default 8765)
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { makePatients } from './patients.mjs';
import {
  renderIndex, renderClassicList, renderClassicChart, renderClassicLogin,
  renderAppShell, renderPortalIndex, renderPortalMember, renderFramedChart, escapeHtml,
} from './render.mjs';

const DIR = path.dirname(fileURLToPath(import.meta.url));

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** Static files, by URL path → file under demo/ (an allow-list, so no path traversal). */
const STATIC = {
  '/probe.js': ['probe.js', 'text/javascript'],
  '/app/app.js': ['app/app.js', 'text/javascript'],
  '/static/classic.css': ['static/classic.css', 'text/css'],
  '/static/app.css': ['static/app.css', 'text/css'],
  '/static/portal.css': ['static/portal.css', 'text/css'],
  '/static/index.css': ['static/index.css', 'text/css'],
  // A system no adapter knows, for teaching a site by pointing.
  '/static/unknown-ehr.html': ['static/unknown-ehr.html', 'text/html'],
  '/static/unknown-ehr-2.html': ['static/unknown-ehr-2.html', 'text/html'],
  '/static/unknown-ehr.css': ['static/unknown-ehr.css', 'text/css'],
};

const MAX_PROBE_BYTES = 64 * 1024;

function notFound() {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body><main><h1>Not found</h1><p><a href="/">Demo home</a></p></main><script src="/probe.js"></script></body></html>`;
}

/**
 * @param {{ port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close(): Promise<void>, probes: unknown[] }>}
 */
export function startDemoServer({ port = 0, host = '127.0.0.1' } = {}) {
  /** @type {unknown[]} */
  const probes = [];

  const server = http.createServer(async (req, res) => {
    const send = (status, type, body) => {
      res.writeHead(status, {
        'Content-Type': type,
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      const url = new URL(req.url ?? '/', 'http://demo.invalid');
      const p = url.pathname;

      if (p === '/__probe' && req.method === 'POST') {
        let size = 0;
        const chunks = [];
        for await (const chunk of req) {
          size += chunk.length;
          if (size > MAX_PROBE_BYTES) return send(413, 'text/plain', 'too large');
          chunks.push(chunk);
        }
        try {
          probes.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch {
          return send(400, 'text/plain', 'bad json');
        }
        return send(204, 'text/plain', '');
      }
      if (p === '/__probe' && req.method === 'GET') return send(200, 'application/json', JSON.stringify(probes));
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        if (p === '/classic/login') {
          // The demo has no accounts: any sign-in goes to the patient list.
          res.writeHead(303, { Location: '/classic/', 'Content-Security-Policy': CSP });
          return res.end();
        }
        return send(405, 'text/plain', 'method not allowed');
      }

      const stat = STATIC[/** @type {keyof typeof STATIC} */ (p)];
      if (stat) return send(200, `${stat[1]}; charset=utf-8`, await readFile(path.join(DIR, stat[0])));

      // Recomputed per request so a server left running past midnight keeps "tomorrow" right.
      const today = new Date();
      const patients = makePatients(today);
      const html = (body) => send(body ? 200 : 404, 'text/html; charset=utf-8', body ?? notFound());
      let m;
      if (p === '/favicon.ico') return send(204, 'image/x-icon', '');
      if (p === '/') return html(renderIndex());
      if (p === '/api/patients') return send(200, 'application/json', JSON.stringify(patients));
      if (p === '/classic' || p === '/classic/') return html(renderClassicList(patients));
      if (p === '/classic/login') return html(renderClassicLogin());
      if ((m = /^\/classic\/chart\/([^/]+)\/?$/.exec(p))) return html(renderClassicChart(patients, decodeURIComponent(m[1]), today));
      if ((m = /^\/framed\/chart\/([^/]+)\/?$/.exec(p))) return html(renderFramedChart(patients, decodeURIComponent(m[1])));
      if (p === '/app' || p === '/app/' || /^\/app\/patient\/[^/]+\/?$/.test(p)) return html(renderAppShell(patients));
      if (p === '/portal' || p === '/portal/') return html(renderPortalIndex(patients));
      if ((m = /^\/portal\/member\/([^/]+)\/?$/.exec(p))) return html(renderPortalMember(patients, decodeURIComponent(m[1])));
      return html(null);
    } catch (err) {
      send(500, 'text/plain; charset=utf-8', `error: ${escapeHtml(err instanceof Error ? err.message : String(err))}`);
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address();
      const actualPort = typeof addr === 'object' && addr ? addr.port : port;
      const hostForUrl = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${hostForUrl}:${actualPort}/`,
        port: actualPort,
        probes,
        close: () => new Promise((res) => {
          server.closeAllConnections?.();
          server.close(() => res());
        }),
      });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : Number(process.env.PORT ?? 8765);
  const host = process.env.HOST ?? '127.0.0.1';
  const { url } = await startDemoServer({ port, host });
  console.log(`Rapport demo EHR: ${url}`);
  console.log(`  classic: ${url}classic/   modern: ${url}app/   portal: ${url}portal/`);
}
