import * as v from 'valibot';
import { WrongPassphraseError } from './codec';
import { iterationsAllowed, passphraseKey, PBKDF2_ITERATIONS, toBase64 } from '../../domain/crypto/passphrase';

/**
 * WebCrypto primitives of encryption at rest. Every function here is async and must never run
 * between two requests of one IndexedDB transaction: the transaction would commit under it.
 */

const WRAP_CONTEXT = new TextEncoder().encode('rapport/data-key/v1');
const INDEX_CONTEXT = new TextEncoder().encode('rapport/index-key/v1');

const bytes = (length: number) => v.pipe(v.instance(Uint8Array), v.check((value) => value.length === length, `not ${length} bytes`));

/**
 * The data key's envelope, kept in the database beside the data (meta key "vault"). It is read
 * back through this schema: anything else there (another version's, or planted) is no envelope.
 */
export const WrappedKeySchema = v.strictObject({
  version: v.literal(1),
  salt: bytes(16),
  iterations: v.pipe(v.number(), v.integer()),
  iv: bytes(12),
  /** The 32-byte key and GCM's 16-byte tag. */
  wrapped: bytes(48),
});
export type WrappedKey = v.InferOutput<typeof WrappedKeySchema>;

/** The unwrapped keys, held only in memory and in the browser's session storage. */
export interface DataKeys {
  raw: Uint8Array;
  cipher: CryptoKey;
  index: CryptoKey;
}

const subtle = () => globalThis.crypto.subtle;
const random = (length: number) => globalThis.crypto.getRandomValues(new Uint8Array(length));

/** Imports a raw data key: the AES-GCM record key and, derived from it, the HMAC index key. */
export async function importDataKeys(raw: Uint8Array): Promise<DataKeys> {
  if (raw.byteLength !== 32) throw new RangeError('A data key is 32 bytes');
  const cipher = await subtle().importKey('raw', raw as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']);
  const material = await subtle().importKey('raw', raw as BufferSource, 'HKDF', false, ['deriveKey']);
  const index = await subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: INDEX_CONTEXT },
    material,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
  return { raw, cipher, index };
}

export function newDataKey(): Promise<DataKeys> {
  return importDataKeys(random(32));
}

export async function wrapDataKey(keys: DataKeys, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<WrappedKey> {
  const salt = random(16);
  const iv = random(12);
  const kek = await passphraseKey(passphrase, salt, iterations);
  const wrapped = await subtle().encrypt({ name: 'AES-GCM', iv: iv as BufferSource, additionalData: WRAP_CONTEXT }, kek, keys.raw as BufferSource);
  return { version: 1, salt, iterations, iv, wrapped: new Uint8Array(wrapped) };
}

/** The envelope asks for less work than the floor, or for more than a page can afford. */
export class EnvelopeError extends Error {
  override name = 'EnvelopeError';
}

/**
 * GCM authenticates the wrapped key, so a wrong passphrase fails here and never yields a bad key.
 * The work factor is bounded as for backup files: an envelope planted with 1 iteration (cheap to
 * guess) or 10^12 (the page never returns) is refused before any work. `floor` is lowered only by
 * tests, which wrap with little work to stay fast.
 */
export async function unwrapDataKey(envelope: WrappedKey, passphrase: string, floor = PBKDF2_ITERATIONS): Promise<DataKeys> {
  if (!iterationsAllowed(envelope.iterations, floor)) throw new EnvelopeError(`The passphrase envelope asks for ${envelope.iterations} iterations`);
  const kek = await passphraseKey(passphrase, envelope.salt, envelope.iterations);
  let raw: ArrayBuffer;
  try {
    raw = await subtle().decrypt(
      { name: 'AES-GCM', iv: envelope.iv as BufferSource, additionalData: WRAP_CONTEXT },
      kek,
      envelope.wrapped as BufferSource,
    );
  } catch {
    throw new WrongPassphraseError();
  }
  return importDataKeys(new Uint8Array(raw));
}

/** A sealed blob is bound to its place (`context`: store and id), so blobs cannot be swapped. */
export interface SealedBlob {
  iv: Uint8Array;
  data: Uint8Array;
}

export async function sealBytes(keys: DataKeys, plain: Uint8Array, context: string): Promise<SealedBlob> {
  const iv = random(12);
  const data = await subtle().encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: new TextEncoder().encode(context) },
    keys.cipher,
    plain as BufferSource,
  );
  return { iv, data: new Uint8Array(data) };
}

export async function openBytes(keys: DataKeys, blob: SealedBlob, context: string): Promise<Uint8Array> {
  const plain = await subtle().decrypt(
    { name: 'AES-GCM', iv: blob.iv as BufferSource, additionalData: new TextEncoder().encode(context) },
    keys.cipher,
    blob.data as BufferSource,
  );
  return new Uint8Array(plain);
}

/** A keyed hash for an index: equal inputs still match, but the index no longer shows the value. */
export async function indexHash(keys: DataKeys, value: string): Promise<string> {
  const mac = await subtle().sign('HMAC', keys.index, new TextEncoder().encode(value));
  return 'h:' + toBase64(new Uint8Array(mac));
}

