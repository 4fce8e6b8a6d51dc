import { createHash, randomBytes } from 'node:crypto';

/**
 * A minimal SMART App Launch authorisation server for tests: standalone launch, public clients,
 * PKCE S256 only. It knows a few users; a test picks who signs in. Just enough to prove Rapport's
 * side of the protocol against an independent implementation, never a production server.
 */

export interface SmartUser {
  /** Reference to the user's FHIR resource, e.g. `Practitioner/alice`. */
  fhirUser: string;
  role?: 'care-manager' | 'supervisor';
}

interface PendingCode {
  user: SmartUser;
  clientId: string;
  redirectUri: string;
  challenge: string;
  scope: string;
  expiresAt: number;
}

interface Grant {
  user: SmartUser;
  clientId: string;
  scope: string;
}

export type TokenAnswer = { status: 200; body: Record<string, unknown> } | { status: 400 | 401; body: { error: string; error_description: string } };

const CODE_LIFETIME_MS = 60_000;

export class SmartAuthServer {
  private readonly codes = new Map<string, PendingCode>();
  private readonly accessTokens = new Map<string, Grant & { expiresAt: number }>();
  private readonly refreshTokens = new Map<string, Grant>();
  private signingIn: string;

  constructor(
    readonly issuer: string,
    private readonly users: Record<string, SmartUser>,
    private readonly accessLifetimeSeconds = 300,
    private readonly now: () => number = Date.now,
  ) {
    const first = Object.keys(users)[0];
    if (!first) throw new Error('a SMART test server needs at least one user');
    this.signingIn = first;
  }

  /** The user the next /authorize signs in, as if they had typed their password. */
  signInAs(name: string): void {
    if (!this.users[name]) throw new Error(`no test user ${name}`);
    this.signingIn = name;
  }

  configuration(): Record<string, unknown> {
    return {
      issuer: this.issuer,
      authorization_endpoint: `${this.issuer}/auth/authorize`,
      token_endpoint: `${this.issuer}/auth/token`,
      grant_types_supported: ['authorization_code', 'refresh_token'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['none'],
      scopes_supported: ['openid', 'fhirUser', 'offline_access', 'user/*.cruds'],
      capabilities: ['launch-standalone', 'client-public', 'context-standalone-patient', 'permission-offline', 'permission-v2'],
    };
  }

  /** Answers /authorize with the URL to redirect to (an error goes back to the client too, per OAuth). */
  authorize(query: URLSearchParams): { redirect: string } | { status: 400; message: string } {
    const redirectUri = query.get('redirect_uri');
    const clientId = query.get('client_id');
    if (!redirectUri || !clientId) return { status: 400, message: 'redirect_uri and client_id are required' };
    const back = new URL(redirectUri);
    const state = query.get('state');
    if (state) back.searchParams.set('state', state);
    back.searchParams.set('iss', this.issuer);
    const challenge = query.get('code_challenge');
    if (query.get('response_type') !== 'code' || query.get('code_challenge_method') !== 'S256' || !challenge) {
      back.searchParams.set('error', 'invalid_request');
      return { redirect: back.toString() };
    }
    const code = token();
    const user = this.users[this.signingIn] as SmartUser;
    this.codes.set(code, { user, clientId, redirectUri, challenge, scope: query.get('scope') ?? '', expiresAt: this.now() + CODE_LIFETIME_MS });
    back.searchParams.set('code', code);
    return { redirect: back.toString() };
  }

  token(form: URLSearchParams): TokenAnswer {
    const grantType = form.get('grant_type');
    if (grantType === 'authorization_code') return this.exchangeCode(form);
    if (grantType === 'refresh_token') return this.refresh(form);
    return refuse(400, 'unsupported_grant_type', `grant_type ${grantType ?? '(none)'} is not supported`);
  }

  /** The signed-in user behind a bearer token, or undefined when it is unknown or expired. */
  userFor(authorization: string | undefined): SmartUser | undefined {
    const bearer = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    const grant = bearer ? this.accessTokens.get(bearer) : undefined;
    return grant && grant.expiresAt > this.now() ? grant.user : undefined;
  }

  private exchangeCode(form: URLSearchParams): TokenAnswer {
    const code = form.get('code') ?? '';
    const pending = this.codes.get(code);
    // A code is spent by its first use, right or wrong, so a stolen code cannot be tried again.
    this.codes.delete(code);
    if (!pending || pending.expiresAt <= this.now()) return refuse(400, 'invalid_grant', 'the code is unknown, used or expired');
    if (pending.clientId !== form.get('client_id') || pending.redirectUri !== form.get('redirect_uri')) {
      return refuse(400, 'invalid_grant', 'client_id or redirect_uri differ from the authorisation request');
    }
    const verifier = form.get('code_verifier') ?? '';
    if (createHash('sha256').update(verifier).digest('base64url') !== pending.challenge) {
      return refuse(400, 'invalid_grant', 'the PKCE code_verifier does not match the code_challenge');
    }
    return this.issue({ user: pending.user, clientId: pending.clientId, scope: pending.scope });
  }

  private refresh(form: URLSearchParams): TokenAnswer {
    const presented = form.get('refresh_token') ?? '';
    const grant = this.refreshTokens.get(presented);
    if (!grant || grant.clientId !== form.get('client_id')) return refuse(400, 'invalid_grant', 'the refresh token is unknown or was already used');
    // Rotation: each refresh token works once, so a copied one is detected when both parties use it.
    this.refreshTokens.delete(presented);
    return this.issue(grant);
  }

  private issue(grant: Grant): TokenAnswer {
    const accessToken = token();
    this.accessTokens.set(accessToken, { ...grant, expiresAt: this.now() + this.accessLifetimeSeconds * 1000 });
    const body: Record<string, unknown> = {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: this.accessLifetimeSeconds,
      scope: grant.scope,
      fhirUser: grant.user.fhirUser,
    };
    if (grant.scope.split(' ').includes('offline_access')) {
      const refreshToken = token();
      this.refreshTokens.set(refreshToken, grant);
      body.refresh_token = refreshToken;
    }
    return { status: 200, body };
  }
}

function token(): string {
  return randomBytes(24).toString('base64url');
}

function refuse(status: 400 | 401, error: string, description: string): TokenAnswer {
  return { status, body: { error, error_description: description } };
}
