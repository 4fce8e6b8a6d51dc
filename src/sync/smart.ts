import { SyncError } from './errors';
import type { Send } from './transport';

/**
 * SMART App Launch, standalone, as a public client with PKCE (S256). Pure: HTTP goes through the
 * transport (so the token endpoint must live on the team server's origin, like everything else),
 * the browser sign-in window, randomness and the clock are injected.
 */

/**
 * What Rapport asks for, and why: `openid fhirUser` to know who signed in (their Practitioner),
 * `offline_access` to keep syncing without a sign-in each hour, and SMART v2 user scopes for the
 * resources a caseload maps to — read/search where Rapport only reads (Practitioner),
 * create/read/update/search where it writes. No delete (`d`) anywhere: Rapport retires records by
 * status, never by deletion.
 */
export const SMART_SCOPES = [
  'openid',
  'fhirUser',
  'offline_access',
  'user/Practitioner.rs',
  'user/Patient.crus',
  'user/CareTeam.crus',
  'user/Communication.crus',
  'user/Task.crus',
  'user/CarePlan.crus',
  'user/Condition.crus',
  'user/Composition.crus',
  'user/Provenance.crs',
].join(' ');

export interface SmartConfiguration {
  issuer?: string;
  authorization_endpoint: string;
  token_endpoint: string;
  code_challenge_methods_supported?: string[];
}

export interface TokenSet {
  accessToken: string;
  refreshToken?: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  scope: string;
  fhirUser?: string;
}

export interface PendingSignIn {
  authorizeUrl: string;
  state: string;
  verifier: string;
  redirectUri: string;
}

export interface SmartDeps {
  send: Send;
  random: (bytes: number) => Uint8Array;
  sha256: (data: Uint8Array) => Promise<Uint8Array>;
  now: () => number;
}

/** Refresh this long before expiry, so a request never leaves with a token about to lapse. */
export const REFRESH_MARGIN_MS = 60_000;

export async function discover(fhirBase: string, send: Send): Promise<SmartConfiguration> {
  const { body } = await send<Partial<SmartConfiguration>>('GET', new URL('.well-known/smart-configuration', fhirBase).toString(), { anonymous: true });
  if (!body || typeof body.authorization_endpoint !== 'string' || typeof body.token_endpoint !== 'string') {
    throw new SyncError('sign-in', 'The team server does not offer SMART sign-in (no .well-known/smart-configuration).');
  }
  if (!(body.code_challenge_methods_supported ?? []).includes('S256')) {
    throw new SyncError('sign-in', 'The team server does not support secure sign-in for browser apps (PKCE S256).');
  }
  return body as SmartConfiguration;
}

export async function beginSignIn(config: SmartConfiguration, fhirBase: string, clientId: string, redirectUri: string, deps: SmartDeps): Promise<PendingSignIn> {
  const verifier = base64Url(deps.random(32));
  const state = base64Url(deps.random(16));
  const challenge = base64Url(await deps.sha256(new TextEncoder().encode(verifier)));
  const url = new URL(config.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope: SMART_SCOPES,
    state,
    aud: fhirBase,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  return { authorizeUrl: url.toString(), state, verifier, redirectUri };
}

/** Takes the URL the sign-in window came back to and trades its code for tokens. */
export async function completeSignIn(config: SmartConfiguration, pending: PendingSignIn, returnedUrl: string, clientId: string, deps: SmartDeps): Promise<TokenSet> {
  const returned = new URL(returnedUrl);
  const params = returned.searchParams;
  // A state we did not send means this answer belongs to another sign-in (or a forgery): never use it.
  if (params.get('state') !== pending.state) throw new SyncError('sign-in', 'Sign-in failed: the answer did not match this sign-in. Please try again.');
  const iss = params.get('iss');
  if (iss !== null && config.issuer !== undefined && iss !== config.issuer) {
    throw new SyncError('sign-in', 'Sign-in failed: the answer came from a different server than the team server.');
  }
  const error = params.get('error');
  if (error) throw new SyncError('sign-in', `Sign-in was not completed (${params.get('error_description') ?? error}).`);
  const code = params.get('code');
  if (!code) throw new SyncError('sign-in', 'Sign-in failed: the team server sent no authorisation code.');
  return requestTokens(config, { grant_type: 'authorization_code', code, code_verifier: pending.verifier, redirect_uri: pending.redirectUri, client_id: clientId }, deps);
}

export function needsRefresh(tokens: TokenSet, now: number): boolean {
  return tokens.expiresAt - REFRESH_MARGIN_MS <= now;
}

export async function refreshTokens(config: SmartConfiguration, tokens: TokenSet, clientId: string, deps: SmartDeps): Promise<TokenSet> {
  if (!tokens.refreshToken) throw new SyncError('signed-out', 'Your team-server sign-in has expired. Sign in again to keep syncing.');
  const fresh = await requestTokens(config, { grant_type: 'refresh_token', refresh_token: tokens.refreshToken, client_id: clientId }, deps);
  // Servers that do not rotate refresh tokens send none back; the old one stays valid then.
  return { ...fresh, refreshToken: fresh.refreshToken ?? tokens.refreshToken, fhirUser: fresh.fhirUser ?? tokens.fhirUser };
}

async function requestTokens(config: SmartConfiguration, form: Record<string, string>, deps: SmartDeps): Promise<TokenSet> {
  const startedAt = deps.now();
  let body: Record<string, unknown>;
  try {
    ({ body } = await deps.send<Record<string, unknown>>('POST', config.token_endpoint, { form, anonymous: true }));
  } catch (error) {
    if (error instanceof SyncError && error.kind === 'bad-response') {
      throw new SyncError('sign-in', 'The team server refused the sign-in. Please sign in again.', error.status);
    }
    throw error;
  }
  if (typeof body?.access_token !== 'string' || String(body.token_type).toLowerCase() !== 'bearer') {
    throw new SyncError('sign-in', 'The team server answered the sign-in without a usable token.');
  }
  return {
    accessToken: body.access_token,
    refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : undefined,
    expiresAt: startedAt + (typeof body.expires_in === 'number' ? body.expires_in : 300) * 1000,
    scope: typeof body.scope === 'string' ? body.scope : '',
    fhirUser: typeof body.fhirUser === 'string' ? body.fhirUser : undefined,
  };
}

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
