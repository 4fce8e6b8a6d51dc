import { signal } from '@preact/signals';
import { addDays, calendarDateOf, isValidCalendarDate, startOfLocalDay } from '../../domain/time/dates';
import type { TeamCoverReply } from '../../messaging/team-messages';
import type { MessageOf } from '../../messaging/schema';

/** What the form says after a try: a message key, and what fills it. */
export type CoverOutcome =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'done'; name: string; from: string; to: string; added: number; already: number }
  /** The team server was out of reach: the cover waits with the other changes for a later sync. */
  | { kind: 'queued'; name: string; from: string; to: string }
  | { kind: 'problem'; key: string; detail?: string };

const REASON_KEYS: Record<Extract<TeamCoverReply, { ok: false }>['reason'], string> = {
  'no-team': 'coverNoTeam',
  'unknown-colleague': 'coverUnknownColleague',
  'bad-dates': 'coverBadDates',
  locked: 'coverLocked',
  server: 'coverServer',
};

/**
 * "Cover for me from … to …": whole days in the user's time zone, the first day from its start
 * and the last to its end, so "Monday to Friday" means all of Friday too.
 */
export function createCoverModel(deps: { cover: (request: Omit<MessageOf<'team/cover'>, 'type'>) => Promise<TeamCoverReply>; now: () => number; timeZone: string; nameOf: (member: string) => string }) {
  const today = calendarDateOf(deps.now(), deps.timeZone);
  const colleague = signal('');
  const from = signal(today);
  const to = signal(addDays(today, 4));
  const outcome = signal<CoverOutcome>({ kind: 'idle' });

  async function submit() {
    if (outcome.peek().kind === 'sending') return;
    const [member, first, last] = [colleague.peek(), from.peek(), to.peek()];
    if (!member) return void (outcome.value = { kind: 'problem', key: 'coverChooseColleague' });
    if (!isValidCalendarDate(first) || !isValidCalendarDate(last) || last < first || last < calendarDateOf(deps.now(), deps.timeZone)) {
      return void (outcome.value = { kind: 'problem', key: 'coverBadDates' });
    }
    outcome.value = { kind: 'sending' };
    try {
      const reply = await deps.cover({ colleague: member, start: startOfLocalDay(first, deps.timeZone), end: startOfLocalDay(addDays(last, 1), deps.timeZone) - 1 });
      const days = { name: deps.nameOf(member), from: first, to: last };
      outcome.value = !reply.ok
        ? { kind: 'problem', key: REASON_KEYS[reply.reason], ...(reply.detail ? { detail: reply.detail } : {}) }
        : reply.queued
          ? { kind: 'queued', ...days }
          : { kind: 'done', ...days, added: reply.added, already: reply.already };
    } catch (failure) {
      outcome.value = { kind: 'problem', key: 'coverFailed', detail: String(failure) };
    }
  }

  return { colleague, from, to, outcome, submit };
}

export type CoverModel = ReturnType<typeof createCoverModel>;
