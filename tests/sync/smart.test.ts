// @vitest-environment node
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { beginSignIn, completeSignIn, discover, needsRefresh, refreshTokens, REFRESH_MARGIN_MS, SMART_SCOPES } from '../../src/sync/smart';
import { createTransport } from '../../src/sync/transport';
import { startLoopbackServer, type LoopbackServer, HARNESS_START_TIMEOUT_MS } from './harness/loopback-server';
import { anonymousTransport, followAuthorize, signInTokens, smartDeps, TEST_CLIENT_ID, TEST_REDIRECT_URI } from './harness/sign-in';

/** Rapport's SMART App Launch client against the independent test authorisation server. */

let server: LoopbackServer;

beforeAll(async () => {
  server = await startLoopbackServer({
    users: { alice: { fhirUser: 'Practitioner/alice', role: 'care-manager' }, sam: { fhirUser: 'Practitioner/sam', role: 'supervisor' } },
  });
}, HARNESS_START_TIMEOUT_MS);
afterAll(() => server.close());

async function begin() {
  const deps = smartDeps(anonymousTransport(server));
  const config = await discover(server.fhirBase, deps.send);
  const pending = await beginSignIn(config, server.fhirBase, TEST_CLIENT_ID, TEST_REDIRECT_URI, deps);
  return { deps, config, pending };
}

describe('SMART standalone launch with PKCE', () => {
  test('the authorize URL asks for a code with an S256 challenge, our scopes, state and the FHIR server as audience', async () => {
    const { pending } = await begin();
    const url = new URL(pending.authorizeUrl);
    expect(url.origin + url.pathname).toBe(`${server.origin}/auth/authorize`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: TEST_CLIENT_ID,
      redirect_uri: TEST_REDIRECT_URI,
      scope: SMART_SCOPES,
      state: pending.state,
      aud: server.fhirBase,
      code_challenge_method: 'S256',
    });
    expect(url.searchParams.get('code_challenge')).not.toContain(pending.verifier);
    expect(SMART_SCOPES).not.toMatch(/\.\w*d\w*(\s|$)/);
  });

  test('the user the test signs in is who the token speaks for, and the token opens the FHIR API', async () => {
    const tokens = await signInTokens(server, 'sam');
    expect(tokens.fhirUser).toBe('Practitioner/sam');
    expect(tokens.refreshToken).toBeTruthy();
    const send = createTransport({ fhirBase: server.fhirBase, allowLoopbackHttp: true, accessToken: async () => tokens.accessToken });
    await expect(send('GET', 'Patient')).resolves.toMatchObject({ status: 200 });
  });

  test('without a token, or with a made-up one, the FHIR API answers 401 in words', async () => {
    await expect(anonymousTransport(server)('GET', 'Patient')).rejects.toMatchObject({ kind: 'signed-out' });
    const forged = createTransport({ fhirBase: server.fhirBase, allowLoopbackHttp: true, accessToken: async () => 'forged' });
    await expect(forged('GET', 'Patient')).rejects.toMatchObject({ kind: 'signed-out', status: 401, message: expect.stringMatching(/sign in again/i) });
  });

  test('a wrong PKCE verifier is refused, and the code cannot be tried again', async () => {
    const { deps, config, pending } = await begin();
    const returned = await followAuthorize(pending.authorizeUrl);
    await expect(completeSignIn(config, { ...pending, verifier: 'not-the-verifier-not-the-verifier-00' }, returned, TEST_CLIENT_ID, deps)).rejects.toMatchObject({ kind: 'sign-in' });
    await expect(completeSignIn(config, pending, returned, TEST_CLIENT_ID, deps)).rejects.toMatchObject({ kind: 'sign-in' });
  });

  test('an answer whose state is not ours is refused before any code is spent', async () => {
    const { deps, config, pending } = await begin();
    const returned = new URL(await followAuthorize(pending.authorizeUrl));
    returned.searchParams.set('state', 'someone-elses');
    await expect(completeSignIn(config, pending, returned.toString(), TEST_CLIENT_ID, deps)).rejects.toMatchObject({ kind: 'sign-in' });
    returned.searchParams.set('state', pending.state);
    await expect(completeSignIn(config, pending, returned.toString(), TEST_CLIENT_ID, deps)).resolves.toMatchObject({ accessToken: expect.any(String) });
  });

  test('an answer from another issuer is refused', async () => {
    const { deps, config, pending } = await begin();
    const returned = new URL(await followAuthorize(pending.authorizeUrl));
    returned.searchParams.set('iss', 'https://evil.example');
    await expect(completeSignIn(config, pending, returned.toString(), TEST_CLIENT_ID, deps)).rejects.toMatchObject({ kind: 'sign-in' });
  });

  test('refresh gives a new working access token; the spent refresh token is refused', async () => {
    const { deps, config } = await begin();
    const tokens = await signInTokens(server, 'alice');
    const fresh = await refreshTokens(config, tokens, TEST_CLIENT_ID, deps);
    expect(fresh.accessToken).not.toBe(tokens.accessToken);
    expect(fresh.fhirUser).toBe('Practitioner/alice');
    const send = createTransport({ fhirBase: server.fhirBase, allowLoopbackHttp: true, accessToken: async () => fresh.accessToken });
    await expect(send('GET', 'Patient')).resolves.toMatchObject({ status: 200 });
    await expect(refreshTokens(config, tokens, TEST_CLIENT_ID, deps)).rejects.toMatchObject({ kind: 'sign-in' });
  });

  test('a token is refreshed a margin before it expires, not after', () => {
    const tokens = { accessToken: 'a', expiresAt: 1_000_000, scope: '' };
    expect(needsRefresh(tokens, 1_000_000 - REFRESH_MARGIN_MS - 1)).toBe(false);
    expect(needsRefresh(tokens, 1_000_000 - REFRESH_MARGIN_MS)).toBe(true);
  });
});
