import { openBackup } from '../../../src/domain/backup/open';
import { BackupError, sha256Hex, type BackupErrorCode } from '../../../src/domain/backup/format';
import { canonicalJson } from '../../../src/domain/canonical-json';
import { applyImport, planImport } from '../../../src/store/backup';
import { DB_VERSION, type RapportDb } from '../../../src/store/db';

/** When the tests apply an import. */
const IMPORTED_AT = Date.UTC(2026, 11, 1);

/** The import path as the options page runs it, minus the UI. */
export const openText = (text: string, passphrase = '') => openBackup(text, passphrase, { currentSchemaVersion: DB_VERSION });

/** Opens, plans and applies like the page does; returns the refusal code, or 'ok'. */
export async function tryImport(db: RapportDb, text: string, passphrase = ''): Promise<BackupErrorCode | 'ok'> {
  try {
    await applyImport(db, await planImport(db, await openText(text, passphrase)), IMPORTED_AT);
    return 'ok';
  } catch (error) {
    if (error instanceof BackupError) return error.code;
    throw error;
  }
}

/** A file's payload with a fresh checksum, so that only the edit is wrong. */
export async function signed(payload: Record<string, unknown>): Promise<string> {
  const { checksum: _old, ...rest } = payload;
  return JSON.stringify({ ...rest, checksum: await sha256Hex(canonicalJson(rest)) });
}

/** A valid file after `edit`, re-signed so that only the edit is wrong. */
export async function resigned(text: string, edit: (file: Record<string, any>) => void): Promise<string> {
  const file = JSON.parse(text) as Record<string, any>;
  edit(file);
  return signed(file);
}
