import { decryptBackup, isEncryptedBackup } from './crypto';
import { BackupError, parseJson, validateBackup, type BackupFile, type ValidateOptions } from './format';

/**
 * A file's text → a fully checked backup, decrypting first when it is an encrypted one.
 * Throws BackupError and never returns anything partly checked.
 */
export async function openBackup(text: string, passphrase: string, options: ValidateOptions): Promise<BackupFile> {
  const outer = parseJson(text);
  if (!isEncryptedBackup(outer)) return validateBackup(outer, options);
  if (!passphrase) throw new BackupError('passphrase-needed');
  return validateBackup(parseJson(await decryptBackup(outer, passphrase)), options);
}
