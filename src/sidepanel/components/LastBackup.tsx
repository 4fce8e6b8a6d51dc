import { useEffect, useState } from 'preact/hooks';
import { calendarDateOf, daysBetweenDates } from '../../domain/time/dates';
import { usePanel } from '../panel';
import { watchLastBackup } from '../models/last-backup';

/**
 * "Last backup N days ago": uninstalling the extension deletes everything, so the panel keeps the
 * age of the last export in view, quietly, with a way to the options page where backups are made.
 */
export function LastBackup() {
  const { db, host } = usePanel();
  const [at, setAt] = useState<number | undefined | null>(null);
  useEffect(() => watchLastBackup(db, setAt), [db]);
  if (at === null) return null;
  const days = at === undefined ? undefined : Math.max(0, daysBetweenDates(calendarDateOf(at, host.timeZone), calendarDateOf(host.now(), host.timeZone)));
  const text =
    days === undefined
      ? host.t('lastBackupNever')
      : days === 0
        ? host.t('lastBackupToday')
        : days === 1
          ? host.t('lastBackupYesterday')
          : host.t('lastBackupDaysAgo', String(days));
  return (
    <footer class="last-backup hint" data-testid="last-backup" data-days={days ?? ''}>
      {text}{' '}
      <a href="../options/index.html" target="_blank" rel="noopener">
        {host.t('lastBackupOpen')}
      </a>
    </footer>
  );
}
