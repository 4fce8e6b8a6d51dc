/**
 * WebCrypto primitives of encryption at rest. Every function here is async and must never run
 * between two requests of one IndexedDB transaction: the transaction would commit under it.
 */

/** OWASP's 2023 floor for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
const WRAP_CONTEXT = new TextEncoder().encode('rapport/data-key/v1');
const INDEX_CONTEXT = new TextEncoder().encode('rapport/index-key/v1');

export class WrongPassphraseError extends Error {
  override name = 'WrongPassphraseError';
  constructor() {
    super('The passphrase does not open this data');
  }
}

/** The data key's envelope, kept in the database beside the data (meta key "vault"). */
export interface WrappedKey {
  version: 1;
  salt: Uint8Array;
  iterations: number;
  iv: Uint8Array;
  wrapped: Uint8Array;
}

/** The unwrapped keys, held only in memory and in the browser's session storage. */
export interface DataKeys {
  raw: Uint8Array;
  cipher: CryptoKey;
  index: CryptoKey;
}

const subtle = () => globalThis.crypto.subtle;
const random = (length: number) => globalThis.crypto.getRandomValues(new Uint8Array(length));

async function passphraseKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

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

/** GCM authenticates the wrapped key, so a wrong passphrase fails here and never yields a bad key. */
export async function unwrapDataKey(envelope: WrappedKey, passphrase: string): Promise<DataKeys> {
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

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
