import { createFhirEngine } from './fhir-engine';
import { createTransport } from '../../../src/sync/transport';

/**
 * Rapport's transport wired straight to Medplum's router in process, keeping what each request
 * asked: `asked` as method and path, `askedInFull` with the query too.
 */
export function routerTransport(base: string) {
  const engine = createFhirEngine(base);
  const asked: string[] = [];
  const askedInFull: string[] = [];
  const fetchImpl = (async (input: URL | RequestInfo, init?: RequestInit) => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    const path = url.pathname.slice(new URL(base).pathname.length);
    asked.push(`${method} ${path}`);
    askedInFull.push(`${method} ${path}${url.search}`);
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const answer = await engine.handle(method as 'GET', path + url.search, body, {});
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: answer.headers });
  }) as typeof fetch;
  return { engine, asked, askedInFull, send: createTransport({ fhirBase: base, accessToken: async () => 'token', fetchImpl }) };
}
