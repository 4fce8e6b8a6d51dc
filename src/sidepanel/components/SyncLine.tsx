import type { ReadonlySignal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import type { SyncStatusView } from '../../model/sync-settings';
import { onChanged } from '../../store/changes';
import { SHARED_STORES } from '../../domain/fhir/shared';
import { syncStatusMessages } from '../../sync/status-words';
import type { Words } from '../../ui/translate';

export interface SyncLineProps {
  /** The background's answer to `sync/status`. */
  status: () => Promise<SyncStatusView>;
  /** The panel's ticking clock: "synced N minutes ago" stays true without a reload. */
  now: ReadonlySignal<number>;
  words: Words;
}

/**
 * "Synced 3 minutes ago · 2 changes waiting", quietly, and only while team sync is on. When the
 * server refused the sign-in nothing moves until the user signs in again, which the options page
 * does (the sign-in window and the permissions belong there), so the line links to it.
 */
export function SyncLine({ status, now, words }: SyncLineProps) {
  const [view, setView] = useState<SyncStatusView | null>(null);
  useEffect(() => {
    let mounted = true;
    const load = () =>
      void status().then(
        (next) => mounted && setView(next),
        // The worker may be starting: the next change asks again.
        (error: unknown) => console.warn('[rapport] sync status', error),
      );
    load();
    // A round ends with its status in meta; a write anywhere may queue a change.
    const stop = onChanged((change) => {
      if (change.store === 'meta' || (SHARED_STORES as readonly string[]).includes(change.store)) load();
    });
    return () => {
      mounted = false;
      stop();
    };
  }, [status]);
  if (!view?.on) return null;
  const text = syncStatusMessages(view, now.value).map(words.say).join(' · ');
  return (
    <p class="sync-line hint" role="status" data-testid="panel-sync" data-waiting={view.waiting} data-needs-sign-in={String(view.needsSignIn)}>
      {text}
      {view.needsSignIn && (
        <>
          {' '}
          <a href="../options/index.html#sync-title" target="_blank" rel="noopener" data-testid="panel-sync-sign-in">
            {words.t('syncSignInAgain')}
          </a>
        </>
      )}
    </p>
  );
}
