import browser from 'webextension-polyfill';
import type { RapportDb } from '../store/db';
import { pruneSeenClientsIfDue } from '../store/enrolment';
import { loadSettings } from '../store/settings';

/**
 * Charts only looked at are forgotten after the retention the settings name. An alarm every few
 * hours (re-created on startup and install: alarms may not survive a restart) and every wake of the
 * worker ask; the store decides from its own checkpoint whether it is time.
 */
export const PRUNE_ALARM = 'rapport:prune-seen';
const EVERY_MINUTES = 6 * 60;

export function schedulePruning(): Promise<void> {
  return browser.alarms.create(PRUNE_ALARM, { periodInMinutes: EVERY_MINUTES, delayInMinutes: 1 });
}

export async function pruneSeen(db: RapportDb, now: number): Promise<number> {
  const settings = await loadSettings(db, Intl.DateTimeFormat().resolvedOptions().timeZone);
  return pruneSeenClientsIfDue(db, now, settings.seenRetentionDays);
}
