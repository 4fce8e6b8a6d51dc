import { META_KEYS } from '../model/meta';
import type { RapportDb } from '../store/db';
import { getClient } from '../store/clients';
import { codecOf } from '../store/vault/codec';
import { countedMessage, NAMES_SHOWN, type Translate } from './tooltip';
import { isTombstone, type CallbackRecord } from '../model/records';
import type { Settings } from '../model/settings';

/**
 * The instant up to which due callbacks have been considered for a notification. It lives in the
 * database's `meta` store, not in the worker's memory: a stopped or restarted worker (or browser)
 * neither repeats a notification nor misses a callback that fell due while it slept.
 */
export const NOTIFY_CHECKPOINT_KEY = META_KEYS.notifyCheckpoint;

/**
 * Claims the window (checkpoint, now] in one transaction and moves the checkpoint to `now`, so two
 * wakes racing (an alarm and a startup) can never both claim the same callbacks. The first check
 * ever claims nothing: callbacks already overdue then were not "just due".
 */
export async function claimWindow(db: RapportDb, now: number): Promise<{ from: number; to: number } | null> {
  const tx = db.transaction('meta', 'readwrite');
  const entry = await tx.store.get(NOTIFY_CHECKPOINT_KEY);
  const from = typeof entry?.value === 'number' && Number.isFinite(entry.value) ? entry.value : undefined;
  // A clock set back must not re-open a window already claimed.
  if (from === undefined || now > from) await tx.store.put({ key: NOTIFY_CHECKPOINT_KEY, value: now });
  await tx.done;
  if (from === undefined || now <= from) return null;
  return { from, to: now };
}

/** Open callbacks with from < dueAt <= to, earliest first (an index range, never a scan). */
export async function dueWithin(db: RapportDb, from: number, to: number): Promise<CallbackRecord[]> {
  const range = IDBKeyRange.bound(['open', from], ['open', to], true, false);
  const rows = await db.getAllFromIndex('callbacks', 'by_status_due', range);
  return rows.filter((row): row is CallbackRecord => !isTombstone(row));
}

/** The callbacks that became due since the last check; advances the checkpoint whatever the settings. */
export async function newlyDue(db: RapportDb, now: number): Promise<CallbackRecord[]> {
  const window = await claimWindow(db, now);
  return window ? dueWithin(db, window.from, window.to) : [];
}

export interface DueNotice {
  title: string;
  message: string;
  count: number;
}

/** "A callback is due" / "N callbacks are due"; names only when the user allowed them outside the panel. */
export async function dueNotice(db: RapportDb, due: readonly CallbackRecord[], showNames: boolean, t: Translate): Promise<DueNotice> {
  const count = due.length;
  const title = countedMessage(t, 'notifyDue', count);
  if (!showNames || codecOf(db).status === 'locked') return { title, message: t('notifyDueNoNames'), count };
  const ids = [...new Set(due.map((callback) => callback.clientId))];
  const names: string[] = [];
  for (const id of ids.slice(0, NAMES_SHOWN)) {
    const client = await getClient(db, id);
    if (client) names.push(client.name);
  }
  if (names.length === 0) return { title, message: t('notifyDueNoNames'), count };
  return { title, message: names.join(', ') + (ids.length > NAMES_SHOWN ? ', …' : ''), count };
}

export interface NotifyDeps {
  settings: () => Promise<Settings>;
  /** Whether the optional `notifications` permission is granted now. */
  permitted: () => Promise<boolean>;
  show: (notice: DueNotice) => Promise<void>;
  t: Translate;
}

/**
 * Run on the due alarm and at startup: one notification for every callback that fell due since the
 * last check, only when the user turned notifications on and the browser still allows them.
 */
export async function notifyNewlyDue(db: RapportDb, now: number, deps: NotifyDeps): Promise<DueNotice | null> {
  const due = await newlyDue(db, now);
  if (due.length === 0) return null;
  const settings = await deps.settings();
  if (!settings.notifyWhenDue || !(await deps.permitted())) return null;
  const notice = await dueNotice(db, due, settings.showNamesOutsidePanel, deps.t);
  await deps.show(notice);
  return notice;
}
