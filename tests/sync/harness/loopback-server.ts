import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpMethod } from '@medplum/fhir-router';
import { createFhirEngine, type FhirEngine } from './fhir-engine';
import { SmartAuthServer, type SmartUser } from './smart-auth';

/**
 * Test-only HTTP glue: one loopback origin serving Medplum's FHIR router under /fhir/R4/ (bearer
 * tokens required) and the SMART test authorisation server under /auth/. It closes itself after
 * `lifetimeMs` so a test that forgets to stop it cannot keep a port open.
 */

export const FHIR_PATH = '/fhir/R4/';
/**
 * For a test's beforeAll that starts the harness: indexing Medplum's definitions takes seconds
 * alone, and past vitest's 10 s hook limit on a busy 2-core machine running other suites.
 */
export const HARNESS_START_TIMEOUT_MS = 60_000;
const MAX_BODY_BYTES = 50 * 1024 * 1024;

export interface LoopbackServer {
  origin: string;
  fhirBase: string;
  engine: FhirEngine;
  auth: SmartAuthServer;
  close(): Promise<void>;
}

export interface LoopbackOptions {
  users?: Record<string, SmartUser>;
  lifetimeMs?: number;
  accessLifetimeSeconds?: number;
}

export async function startLoopbackServer(options: LoopbackOptions = {}): Promise<LoopbackServer> {
  const users = options.users ?? { alice: { fhirUser: 'Practitioner/alice', role: 'care-manager' } };
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fhirBase = `${origin}${FHIR_PATH}`;
  const engine = createFhirEngine(fhirBase);
  const auth = new SmartAuthServer(origin, users, options.accessLifetimeSeconds);

  server.on('request', (req, res) => {
    route(req, res, engine, auth).catch((error: unknown) => send(res, 500, { error: String(error) }));
  });
  const lifetime = setTimeout(() => server.close(), options.lifetimeMs ?? 120_000);
  lifetime.unref();
  server.unref();

  return {
    origin,
    fhirBase,
    engine,
    auth,
    close: () =>
      new Promise<void>((resolve) => {
        clearTimeout(lifetime);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function route(req: IncomingMessage, res: ServerResponse, engine: FhirEngine, auth: SmartAuthServer): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (req.method === 'GET' && (url.pathname === '/.well-known/smart-configuration' || url.pathname === `${FHIR_PATH}.well-known/smart-configuration`)) {
    return send(res, 200, auth.configuration());
  }
  if (req.method === 'GET' && url.pathname === '/auth/authorize') {
    const answer = auth.authorize(url.searchParams);
    if ('redirect' in answer) {
      res.writeHead(302, { location: answer.redirect }).end();
      return;
    }
    return send(res, answer.status, { error: answer.message });
  }
  if (req.method === 'POST' && url.pathname === '/auth/token') {
    const answer = auth.token(new URLSearchParams(await readBody(req)));
    return send(res, answer.status, answer.body, { 'cache-control': 'no-store' });
  }
  if (url.pathname.startsWith(FHIR_PATH)) {
    if (!auth.userFor(req.headers.authorization)) {
      return send(res, 401, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'login', details: { text: 'Unauthorized' } }] }, { 'www-authenticate': 'Bearer' });
    }
    const text = await readBody(req);
    const headers = Object.fromEntries(Object.entries(req.headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    const path = url.pathname.slice(FHIR_PATH.length) + url.search;
    const answer = await engine.handle(req.method as HttpMethod, path, text ? JSON.parse(text) : undefined, headers);
    return send(res, answer.status, answer.body, answer.headers);
  }
  send(res, 404, { error: 'not found' });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}
