import { signal } from '@preact/signals';
import type { CoverRow, TeamCallOffReply } from '../../messaging/team-messages';
import { coverKey } from '../../model/team';

/** What the cover list says after a try: a message key, and what fills it. */
export type CallOffOutcome =
  | { kind: 'idle' }
  | { kind: 'sending'; name: string }
  | { kind: 'done'; name: string; ended: number }
  /** The team server was out of reach: the call-off waits with the other changes for a later sync. */
  | { kind: 'queued'; name: string }
  | { kind: 'problem'; key: string; detail?: string };

const REASON_KEYS: Record<Extract<TeamCallOffReply, { ok: false }>['reason'], string> = {
  'no-team': 'coverNoTeam',
  'unknown-cover': 'callOffUnknown',
  locked: 'coverLocked',
  server: 'callOffServer',
};

/**
 * "Call off" on a row of "Covering for you", in two steps: the button asks, a second button
 * confirms (a cover called off by a slip would leave the clients uncovered). Once the worker
 * answers, the list is loaded again, so the cover leaves it, also when the call-off was queued.
 */
export function createCallOffModel(deps: { callOff: (cover: Pick<CoverRow, 'colleague' | 'start' | 'end'>) => Promise<TeamCallOffReply>; refresh: () => Promise<void> }) {
  /** The row whose confirm step shows, by coverKey; null for none. */
  const confirming = signal<string | null>(null);
  const outcome = signal<CallOffOutcome>({ kind: 'idle' });

  async function confirm(cover: CoverRow) {
    if (outcome.peek().kind === 'sending') return;
    outcome.value = { kind: 'sending', name: cover.name };
    try {
      const reply = await deps.callOff({ colleague: cover.colleague, start: cover.start, end: cover.end });
      // The list is reloaded before the outcome is said, so the row is gone when the status line speaks.
      if (reply.ok) await deps.refresh();
      outcome.value = !reply.ok
        ? { kind: 'problem', key: REASON_KEYS[reply.reason], ...(reply.detail ? { detail: reply.detail } : {}) }
        : reply.queued
          ? { kind: 'queued', name: cover.name }
          : { kind: 'done', name: cover.name, ended: reply.ended };
      confirming.value = null;
    } catch (failure) {
      outcome.value = { kind: 'problem', key: 'coverFailed', detail: String(failure) };
    }
  }

  return {
    confirming,
    outcome,
    ask(cover: CoverRow) {
      if (outcome.peek().kind !== 'sending') outcome.value = { kind: 'idle' };
      confirming.value = coverKey(cover);
    },
    keep() {
      confirming.value = null;
    },
    confirm,
  };
}

export type CallOffModel = ReturnType<typeof createCallOffModel>;
