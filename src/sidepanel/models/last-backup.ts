import { lastBackupAt } from '../../store/backup-meta';
import { onChanged } from '../../store/changes';
import type { RapportDb } from '../../store/db';

/**
 * When the last backup was written (undefined: never, or it cannot be read), now and after every
 * change to the settings store, where an export records it (meta). Returns the unsubscribe function.
 */
export function watchLastBackup(db: RapportDb, show: (at: number | undefined) => void): () => void {
  const load = () => void lastBackupAt(db).then(show, () => show(undefined));
  load();
  return onChanged((change) => {
    if (change.store === 'meta') load();
  });
}
