import browser from 'webextension-polyfill';
import type { RapportDb } from '../store/db';
import type { Vault } from '../store/vault/vault';
import { onChanged } from '../store/changes';
import { sessionKeyRing } from '../platform/session-keyring';
import { runSyncRound } from '../sync/round';
import { countWaiting, readStatusView } from '../sync/status';
import { loadSyncSettings, SYNC_SETTINGS_KEY, syncIsOn } from '../sync/settings';
import { SHARED_STORES } from '../domain/fhir/shared';
import { createSyncScheduler } from './sync-scheduler';
import { workerRoundDeps } from './team-send';

/**
 * Team sync in the worker: the scheduler (sync-scheduler.ts) wired to the browser. Called once,
 * synchronously, from the worker's first turn, so the alarm and startup listeners exist when a
 * stopped worker is woken for them. With sync off a round reads one setting and does nothing.
 */
export function listenForTeamSync(opened: () => Promise<{ db: RapportDb; vault: Vault }>, now: () => number) {
  const keyRing = sessionKeyRing();
  const warn = (error: unknown) => console.warn('[rapport] team sync', error);
  const scheduler = createSyncScheduler({
    async round(askedByUser) {
      const { db, vault } = await opened();
      // A page may have unlocked since this worker last looked.
      if (vault.status === 'locked') await vault.refresh();
      return runSyncRound(workerRoundDeps(db, vault, keyRing, now), askedByUser);
    },
    alarms: browser.alarms,
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    warn,
  });
  const follow = () =>
    opened()
      .then(({ db }) => loadSyncSettings(db))
      .then((settings) => scheduler.follow(syncIsOn(settings)))
      .catch(warn);

  browser.alarms.onAlarm.addListener((alarm) => void scheduler.onAlarm(alarm.name)?.catch(warn));
  onChanged((change) => {
    if (change.store === 'meta' && change.ids.includes(SYNC_SETTINGS_KEY)) void follow();
    // A pull's own writes queue nothing: only a change waiting for the team calls for a push.
    if ((SHARED_STORES as readonly string[]).includes(change.store)) {
      void opened()
        .then(({ db }) => countWaiting(db))
        .then((waiting) => waiting > 0 && scheduler.afterWrite())
        .catch(warn);
    }
  });
  void opened().then(({ vault }) => vault.onStatus((status) => status === 'unlocked' && void scheduler.runNow()));
  // Every wake (startup, install, an event for another part): whatever waits goes now.
  void follow();
  return {
    ...scheduler,
    /** A page asks how sync stands; after a round first when the user asked to sync now. */
    async status(run: boolean) {
      if (run) await scheduler.runNow(true);
      return readStatusView((await opened()).db);
    },
  };
}
