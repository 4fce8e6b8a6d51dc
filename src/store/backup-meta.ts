import { META_KEYS } from '../model/meta';
import { notifyChanged } from './changes';
import type { RapportDb } from './db';

/** Apart from backup.ts, so the panel can say "last backup N days ago" without loading the backup code. */
export const LAST_BACKUP_KEY = META_KEYS.lastBackupAt;

/** Set when a backup file was handed to the browser; the panel shows how long ago. */
export async function recordBackup(db: RapportDb, at: number): Promise<void> {
  await db.put('meta', { key: LAST_BACKUP_KEY, value: at });
  notifyChanged({ store: 'meta', ids: [LAST_BACKUP_KEY] });
}

export async function lastBackupAt(db: RapportDb): Promise<number | undefined> {
  const value = (await db.get('meta', LAST_BACKUP_KEY))?.value;
  return typeof value === 'number' ? value : undefined;
}
