/**
 * Turning a passphrase into an AES-GCM key, for backup files and for the database's key envelope
 * alike. PBKDF2-SHA256 stretches it: OWASP's 2023 floor is 600,000 iterations. A file or an
 * envelope may ask for more work than we use, but not unbounded work: the page must stay usable.
 */
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

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode(...bytes) would overflow the stack on a large backup.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
