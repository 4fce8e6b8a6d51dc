// @vitest-environment node
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkFhirBase, createTransport } from '../../src/sync/transport';
import { parseRetryAfter } from '../../src/sync/errors';
import { startLoopbackServer, type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { anonymousTransport, TEST_CLIENT_ID, TEST_REDIRECT_URI } from './harness/sign-in';

/** The transport talks to one origin, over https (loopback http only in test builds), and says what went wrong. */

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer();
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

const token = async () => 'token';

describe('which URLs the transport accepts', () => {
  test('https only; plain http only on loopback and only when the test build allows it', () => {
    expect(checkFhirBase('https://fhir.example.org/fhir/R4').href).toBe('https://fhir.example.org/fhir/R4/');
    expect(() => checkFhirBase('http://fhir.example.org/fhir/R4')).toThrow(/https/);
    expect(() => checkFhirBase('http://127.0.0.1:8080/fhir/R4/')).toThrow(/https/);
    expect(checkFhirBase('http://127.0.0.1:8080/fhir/R4/', true).origin).toBe('http://127.0.0.1:8080');
    expect(checkFhirBase('http://localhost:8080/fhir', true).origin).toBe('http://localhost:8080');
    expect(() => checkFhirBase('http://fhir.example.org/', true)).toThrow(/https/);
    expect(() => checkFhirBase('https://user:secret@fhir.example.org/')).toThrow(/password/);
    expect(() => checkFhirBase('not a url')).toThrow(/web address/);
  });

  test('a URL on any other origin is refused before anything is sent', async () => {
    const sent: string[] = [];
    const send = createTransport({
      fhirBase: 'https://fhir.example.org/fhir/R4/',
      accessToken: token,
      fetchImpl: async (input) => {
        sent.push(String(input));
        return new Response('{}');
      },
    });
    await expect(send('GET', 'https://elsewhere.example/Patient')).rejects.toMatchObject({ kind: 'refused-url' });
    await expect(send('GET', 'http://fhir.example.org/fhir/R4/Patient')).rejects.toMatchObject({ kind: 'refused-url' });
    await expect(send('GET', '//elsewhere.example/Patient')).rejects.toMatchObject({ kind: 'refused-url' });
    await send('GET', 'Patient?_count=1');
    expect(sent).toEqual(['https://fhir.example.org/fhir/R4/Patient?_count=1']);
  });

  test('a redirect is not followed, even on the same server', async () => {
    const send = anonymousTransport(server);
    const authorize = `${server.origin}/auth/authorize?${new URLSearchParams({ response_type: 'code', client_id: TEST_CLIENT_ID, redirect_uri: TEST_REDIRECT_URI, code_challenge: 'x', code_challenge_method: 'S256' })}`;
    await expect(send('GET', authorize, { anonymous: true })).rejects.toMatchObject({ kind: 'refused-url', message: expect.stringMatching(/elsewhere/) });
  });
});

describe('errors in words', () => {
  const answering = (status: number, headers: Record<string, string> = {}) =>
    createTransport({ fhirBase: 'https://fhir.example.org/', accessToken: token, now: () => Date.parse('2026-01-01T00:00:00Z'), fetchImpl: async () => new Response('{}', { status, headers }) });

  test.each([
    [401, 'signed-out', /sign in again/i],
    [403, 'forbidden', /administrator/i],
    [404, 'not-found', /no such record/i],
    [409, 'conflict', /conflicts/i],
    [412, 'changed-elsewhere', /changed this record/i],
    [429, 'busy', /busy/i],
    [503, 'server', /error 503/i],
  ])('HTTP %i is %s', async (status, kind, words) => {
    await expect(answering(status)('GET', 'Patient')).rejects.toMatchObject({ kind, status, message: expect.stringMatching(words) });
  });

  test('Retry-After is honoured in seconds or as a date', async () => {
    await expect(answering(429, { 'retry-after': '7' })('GET', 'Patient')).rejects.toMatchObject({ retryAfterMs: 7000, retryable: true });
    await expect(answering(503, { 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' })('GET', 'Patient')).rejects.toMatchObject({ retryAfterMs: 30_000 });
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });

  test('no connection reads as offline, a silent server as a timeout; both are retried later', async () => {
    const offline = createTransport({ fhirBase: 'https://fhir.example.org/', accessToken: token, fetchImpl: async () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(offline('GET', 'Patient')).rejects.toMatchObject({ kind: 'offline', retryable: true });
    const silent = createTransport({
      fhirBase: 'https://fhir.example.org/',
      accessToken: token,
      timeoutMs: 20,
      fetchImpl: (_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    });
    await expect(silent('GET', 'Patient')).rejects.toMatchObject({ kind: 'timeout', retryable: true });
  });

  test('signed out means no request at all', async () => {
    let requests = 0;
    const send = createTransport({ fhirBase: 'https://fhir.example.org/', accessToken: async () => undefined, fetchImpl: async () => (requests++, new Response('{}')) });
    await expect(send('GET', 'Patient')).rejects.toMatchObject({ kind: 'signed-out' });
    expect(requests).toBe(0);
  });
});
