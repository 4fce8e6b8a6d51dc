/**
 * Turning a passphrase into an AES-GCM key, for backup files and for the database's key envelope
 * alike. PBKDF2-SHA256 stretches it: OWASP's 2023 floor is 600,000 iterations. A file or an
 * envelope may ask for more work than we use, but not unbounded work: the page must stay usable.
 */
/** Stated apart (a key ring's storage needs them without the key derivation); every reader finds them here too. */
export { fromBase64, toBase64 } from './base64';

export const PBKDF2_ITERATIONS = 600_000;
export const PBKDF2_MAX_ITERATIONS = 10_000_000;

export function iterationsAllowed(iterations: unknown, floor = PBKDF2_ITERATIONS): iterations is number {
  return typeof iterations === 'number' && Number.isInteger(iterations) && iterations >= floor && iterations <= PBKDF2_MAX_ITERATIONS;
}

export async function passphraseKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}
