import { BackupError } from './format';
import { fromBase64, iterationsAllowed, PBKDF2_ITERATIONS, passphraseKey, toBase64 } from '../crypto/passphrase';

/**
 * Passphrase encryption of a backup, so no plain PHI lands in Downloads. PBKDF2 stretches the
 * passphrase (crypto/passphrase.ts), AES-GCM encrypts and authenticates: a wrong passphrase and a
 * tampered byte both fail the tag check, and nothing is decrypted.
 */
export const ENCRYPTED_FORMAT = 'rapport-backup-encrypted';
export const ENCRYPTED_VERSION = 1;

export interface EncryptedBackup {
  format: typeof ENCRYPTED_FORMAT;
  version: typeof ENCRYPTED_VERSION;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: 'AES-GCM';
  iv: string;
  ciphertext: string;
}

/** The header travels as GCM associated data: changing the format or version fails the tag too. */
const associatedData = () => new TextEncoder().encode(`${ENCRYPTED_FORMAT}/${ENCRYPTED_VERSION}`);

export async function encryptBackup(plainText: string, passphrase: string): Promise<EncryptedBackup> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await passphraseKey(passphrase, salt, PBKDF2_ITERATIONS);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: associatedData() }, key, new TextEncoder().encode(plainText));
  return {
    format: ENCRYPTED_FORMAT,
    version: ENCRYPTED_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) },
    cipher: 'AES-GCM',
    iv: toBase64(iv),
    ciphertext: toBase64(new Uint8Array(sealed)),
  };
}

export function isEncryptedBackup(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === ENCRYPTED_FORMAT;
}

function decode(text: unknown, length?: number): Uint8Array<ArrayBuffer> {
  if (typeof text !== 'string') throw new BackupError('invalid', 'encrypted envelope');
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = fromBase64(text);
  } catch {
    throw new BackupError('invalid', 'encrypted envelope');
  }
  if (length !== undefined && bytes.length !== length) throw new BackupError('invalid', 'encrypted envelope');
  return bytes;
}

/** The plain backup text inside an envelope; throws BackupError (wrong passphrase or tampering). */
export async function decryptBackup(data: unknown, passphrase: string): Promise<string> {
  const envelope = data as Partial<EncryptedBackup>;
  if (envelope.version !== ENCRYPTED_VERSION) throw new BackupError('version', String(envelope.version));
  const kdf = envelope.kdf;
  const iterations = kdf?.iterations;
  if (kdf?.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || envelope.cipher !== 'AES-GCM') throw new BackupError('invalid', 'encrypted envelope');
  if (!iterationsAllowed(iterations)) {
    throw new BackupError('invalid', 'encrypted envelope');
  }
  if (!passphrase) throw new BackupError('passphrase-needed');
  const salt = decode(kdf.salt, 16);
  const iv = decode(envelope.iv, 12);
  const ciphertext = decode(envelope.ciphertext);
  const key = await passphraseKey(passphrase, salt, iterations);
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: associatedData() }, key, ciphertext);
  } catch {
    // GCM cannot tell a wrong passphrase from a changed byte; either way nothing is trusted.
    throw new BackupError('wrong-passphrase');
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(plain);
}
