import { isOverdue } from './callbacks';
import { isSuccessful, type ContactFacts } from './contacts';
import { addDays, calendarDateOf, isValidCalendarDate } from '../time/dates';

export interface TimelineDay {
  date: string;
  contacts: number;
  successful: number;
  callbacksDue: number;
  callbacksDone: number;
  /** Open callbacks due that day and still not done by now. */
  callbacksMissed: number;
  /** In hospital on that day (admission and discharge days included). */
  admitted: boolean;
  discharged: boolean;
}

export interface TimelineInput {
  now: number;
  timeZone: string;
  contacts: readonly ContactFacts[];
  callbacks: readonly { dueAt: number; status: 'open' | 'done'; doneAt?: number }[];
  admitDate?: string;
  dischargeDate?: string;
}

/** One bucket per local calendar day, oldest first, ending today: the data for a small picture. */
export function timeline(input: TimelineInput, days = 90): TimelineDay[] {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`timeline needs whole days >= 1, got ${days}`);
  const today = calendarDateOf(input.now, input.timeZone);
  const first = addDays(today, 1 - days);
  const byDate = new Map<string, TimelineDay>();
  const out: TimelineDay[] = [];
  const admit = input.admitDate !== undefined && isValidCalendarDate(input.admitDate) ? input.admitDate : undefined;
  let discharge = input.dischargeDate !== undefined && isValidCalendarDate(input.dischargeDate) ? input.dischargeDate : undefined;
  // A discharge before the admission belongs to an earlier stay; one after today has not happened.
  if (discharge !== undefined && ((admit !== undefined && discharge < admit) || discharge > today)) discharge = undefined;
  for (let d = first; d <= today; d = addDays(d, 1)) {
    const day: TimelineDay = {
      date: d,
      contacts: 0,
      successful: 0,
      callbacksDue: 0,
      callbacksDone: 0,
      callbacksMissed: 0,
      admitted: admit !== undefined && admit <= d && (discharge === undefined || d <= discharge),
      discharged: d === discharge,
    };
    byDate.set(d, day);
    out.push(day);
  }
  const bucket = (at: number) => byDate.get(calendarDateOf(at, input.timeZone));
  for (const c of input.contacts) {
    const day = bucket(c.at);
    if (!day) continue;
    day.contacts++;
    if (isSuccessful(c)) day.successful++;
  }
  for (const cb of input.callbacks) {
    const due = bucket(cb.dueAt);
    if (due) {
      due.callbacksDue++;
      if (isOverdue(cb, input.now)) due.callbacksMissed++;
    }
    const done = cb.status === 'done' && cb.doneAt !== undefined ? bucket(cb.doneAt) : undefined;
    if (done) done.callbacksDone++;
  }
  return out;
}
