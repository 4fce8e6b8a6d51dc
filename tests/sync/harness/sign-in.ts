import { webcrypto } from 'node:crypto';
import { beginSignIn, completeSignIn, discover, type SmartDeps, type TokenSet } from '../../../src/sync/smart';
import { createTransport, type Send } from '../../../src/sync/transport';
import type { LoopbackServer } from './loopback-server';

export const TEST_CLIENT_ID = 'rapport-test';
export const TEST_REDIRECT_URI = 'https://rapport-test.chromiumapp.org/';

export function smartDeps(send: Send): SmartDeps {
  return {
    send,
    random: (bytes) => webcrypto.getRandomValues(new Uint8Array(bytes)),
    sha256: async (data) => new Uint8Array(await webcrypto.subtle.digest('SHA-256', data)),
    now: Date.now,
  };
}

/** What identity.launchWebAuthFlow does: open the authorize URL and hand back where it redirected. */
export async function followAuthorize(authorizeUrl: string): Promise<string> {
  const response = await globalThis.fetch(authorizeUrl, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (response.status !== 302 || !location) throw new Error(`authorize answered ${response.status}`);
  return location;
}

export function anonymousTransport(server: LoopbackServer): Send {
  return createTransport({ fhirBase: server.fhirBase, allowLoopbackHttp: true });
}

/** Signs `user` in through the full SMART flow and returns a transport carrying their token. */
export async function signInTokens(server: LoopbackServer, user: string): Promise<TokenSet> {
  server.auth.signInAs(user);
  const deps = smartDeps(anonymousTransport(server));
  const config = await discover(server.fhirBase, deps.send);
  const pending = await beginSignIn(config, server.fhirBase, TEST_CLIENT_ID, TEST_REDIRECT_URI, deps);
  return completeSignIn(config, pending, await followAuthorize(pending.authorizeUrl), TEST_CLIENT_ID, deps);
}

export async function signedIn(server: LoopbackServer, user: string): Promise<Send> {
  const tokens = await signInTokens(server, user);
  return createTransport({ fhirBase: server.fhirBase, allowLoopbackHttp: true, accessToken: async () => tokens.accessToken });
}
