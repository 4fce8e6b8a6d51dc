import type { RoundOutcome } from '../sync/round';

/**
 * When the background runs a sync round: shortly after a write (debounced, so a burst of edits is
 * one push), on a periodic alarm (which wakes a stopped worker: a timer would die with it), at
 * startup and when the vault unlocks, and at the end of a backoff (a one-shot alarm). Rounds never
 * overlap; a request for one while another runs makes one more afterwards, since the running round
 * may have read the outbox before the newest change. Whether a round may talk to the server now
 * (locked, backing off, signed out) is the round's own decision, from the database.
 */
export const SYNC_ALARM = 'sync:periodic';
export const SYNC_RETRY_ALARM = 'sync:retry';
export const SYNC_PERIOD_MINUTES = 5;
export const WRITE_DEBOUNCE_MS = 3_000;
/**
 * A burst that never ends still pushes: a page re-read every few seconds can rewrite the client it
 * shows each time, and a debounce restarted by every write would then never fire.
 */
export const WRITE_MAX_WAIT_MS = 15_000;

export interface SchedulerDeps {
  /** `askedByUser`: "Sync now", which may skip this device's own backoff (round.ts). */
  round(askedByUser: boolean): Promise<RoundOutcome>;
  alarms: {
    create(name: string, info: { when?: number; periodInMinutes?: number }): unknown;
    clear(name: string): unknown;
  };
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  onOutcome?(outcome: RoundOutcome): void;
  warn(error: unknown): void;
}

export function createSyncScheduler(deps: SchedulerDeps) {
  let running: Promise<void> | undefined;
  let again = false;
  let userAsked = false;
  let debounce: unknown;
  let maxWait: unknown;

  async function loop(): Promise<void> {
    do {
      again = false;
      const askedByUser = userAsked;
      userAsked = false;
      const outcome = await deps.round(askedByUser).catch((error: unknown) => {
        deps.warn(error);
        return undefined;
      });
      if (!outcome) continue;
      deps.onOutcome?.(outcome);
      const retryAt = outcome.kind === 'failed' || outcome.kind === 'backing-off' ? outcome.retryAt : undefined;
      if (retryAt !== undefined) await deps.alarms.create(SYNC_RETRY_ALARM, { when: retryAt });
    } while (again);
  }

  function runNow(askedByUser = false): Promise<void> {
    if (askedByUser) userAsked = true;
    if (running) {
      again = true;
      return running;
    }
    running = loop().finally(() => (running = undefined));
    return running;
  }

  return {
    runNow,
    /** A shared record changed (in any context): push once the burst is over. */
    afterWrite(): void {
      const push = () => {
        deps.clearTimer(debounce);
        deps.clearTimer(maxWait);
        debounce = maxWait = undefined;
        void runNow();
      };
      if (debounce !== undefined) deps.clearTimer(debounce);
      debounce = deps.setTimer(push, WRITE_DEBOUNCE_MS);
      maxWait ??= deps.setTimer(push, WRITE_MAX_WAIT_MS);
    },
    onAlarm(name: string): Promise<void> | undefined {
      return name === SYNC_ALARM || name === SYNC_RETRY_ALARM ? runNow() : undefined;
    },
    /** Sync turned on or off: the periodic alarm follows, and turning it on runs a round. */
    async follow(on: boolean): Promise<void> {
      if (!on) {
        await deps.alarms.clear(SYNC_ALARM);
        await deps.alarms.clear(SYNC_RETRY_ALARM);
        return;
      }
      await deps.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES });
      await runNow();
    },
  };
}

export type SyncScheduler = ReturnType<typeof createSyncScheduler>;
