import * as v from 'valibot';
import type { RapportDb } from '../store/db';
import { notifyChanged } from '../store/changes';
import type { VaultStatus } from '../store/vault/codec';
import { importDataKeys, openBytes, sealBytes, type DataKeys, type SealedBlob } from '../store/vault/crypto';
import type { KeyRing } from '../store/vault/keyring';
import { SyncError } from './errors';
import type { TokenSet } from './smart';

/**
 * The SMART tokens, in IndexedDB meta beside the records they unlock. With a passphrase set they are
 * sealed with the vault's data key, like client records (a refresh token is a key to the whole
 * caseload on the server); without one they are stored as they are and the options page says so.
 */
export const SYNC_TOKENS_KEY = 'sync-tokens';
/** Binds the sealed blob to this entry, as records are bound to their store and id. */
const SEAL_CONTEXT = `meta/${SYNC_TOKENS_KEY}`;

const TokenSetSchema = v.object({
  accessToken: v.pipe(v.string(), v.minLength(1)),
  refreshToken: v.optional(v.string()),
  expiresAt: v.number(),
  scope: v.string(),
  fhirUser: v.optional(v.string()),
});

const StoredTokensSchema = v.union([
  v.object({ clear: TokenSetSchema }),
  v.object({ sealed: v.custom<SealedBlob>((blob) => isBlob(blob)) }),
]);

const isBlob = (blob: unknown): boolean =>
  typeof blob === 'object' && blob !== null && (blob as SealedBlob).iv instanceof Uint8Array && (blob as SealedBlob).data instanceof Uint8Array;

/** How tokens are sealed: the vault's state and, when unlocked, its data keys. */
export interface TokenSealer {
  status(): VaultStatus;
  keys(): Promise<DataKeys | undefined>;
}

/** The vault's data key as every context holds it (the key ring), while the vault is unlocked. */
export function vaultTokenSealer(vault: { readonly status: VaultStatus }, keyRing: KeyRing): TokenSealer {
  return {
    status: () => vault.status,
    async keys() {
      const raw = vault.status === 'unlocked' ? await keyRing.load() : undefined;
      return raw ? importDataKeys(raw) : undefined;
    },
  };
}

function lockedError(): SyncError {
  return new SyncError('sign-in', 'Rapport is locked: enter your passphrase first, so the team-server sign-in can be kept sealed.');
}

export async function saveTokens(db: RapportDb, tokens: TokenSet, sealer: TokenSealer): Promise<void> {
  const clean = v.parse(TokenSetSchema, tokens);
  let value: v.InferOutput<typeof StoredTokensSchema>;
  if (sealer.status() === 'off') {
    value = { clear: clean };
  } else {
    const keys = await sealer.keys();
    if (!keys) throw lockedError();
    value = { sealed: await sealBytes(keys, new TextEncoder().encode(JSON.stringify(clean)), SEAL_CONTEXT) };
  }
  await db.put('meta', { key: SYNC_TOKENS_KEY, value });
  notifyChanged({ store: 'meta', ids: [SYNC_TOKENS_KEY] });
}

/**
 * The tokens, or undefined when signed out. Sealed tokens whose key is gone (the passphrase was
 * removed) read as signed out: the user signs in again, nothing else is lost.
 */
export async function loadTokens(db: RapportDb, sealer: TokenSealer): Promise<TokenSet | undefined> {
  const parsed = v.safeParse(StoredTokensSchema, (await db.get('meta', SYNC_TOKENS_KEY))?.value);
  if (!parsed.success) return undefined;
  if ('clear' in parsed.output) return parsed.output.clear;
  if (sealer.status() === 'off') return undefined;
  const keys = await sealer.keys();
  if (!keys) throw lockedError();
  const plain = await openBytes(keys, parsed.output.sealed, SEAL_CONTEXT);
  const tokens = v.safeParse(TokenSetSchema, JSON.parse(new TextDecoder().decode(plain)));
  return tokens.success ? tokens.output : undefined;
}

/** True when tokens are stored readable by anyone with the profile folder: the UI warns. */
export async function tokensInClear(db: RapportDb): Promise<boolean> {
  const value = (await db.get('meta', SYNC_TOKENS_KEY))?.value;
  return typeof value === 'object' && value !== null && 'clear' in value;
}

/** A passphrase set after sign-in: seal the tokens that were stored in the clear. */
export async function sealTokensIfClear(db: RapportDb, sealer: TokenSealer): Promise<void> {
  if (sealer.status() !== 'unlocked' || !(await tokensInClear(db))) return;
  const tokens = await loadTokens(db, sealer);
  if (tokens) await saveTokens(db, tokens, sealer);
}

export async function forgetTokens(db: RapportDb): Promise<void> {
  await db.delete('meta', SYNC_TOKENS_KEY);
  notifyChanged({ store: 'meta', ids: [SYNC_TOKENS_KEY] });
}
