import type { AutoRuleId } from './checklist';
import { isSuccessful } from '../contacts/contacts';
import { calendarDateOf } from '../time/dates';
import { message, messageKey, tagLabelKey, type Message } from '../text/message-keys';
import { inWindow, onTimeShare, type CallbackPromise } from '../contacts/promises';
import type { ContactRecord, PainPointRecord } from '../../model/records';
import { TRUST_ITEMS } from './trust-checklist';

/** Contact tags the UI offers so that a logged contact can prove a trust act by itself. */
export const TRUST_TAGS = Object.freeze({
  extraMile: 'extra-mile',
  teachBack: 'teach-back',
  hospitalVisit: 'hospital-visit',
});

export type AutoTickContact = Pick<ContactRecord, 'at' | 'outcome' | 'tags' | 'direction' | 'channel'>;

export interface AutoTickInput {
  now: number;
  timeZone: string;
  callbacks: readonly CallbackPromise[];
  contacts: readonly AutoTickContact[];
  painPoints?: readonly Pick<PainPointRecord, 'status' | 'relievedAt'>[];
  windowDays?: number;
}

export interface AutoTick {
  at: number;
  reason: Message;
}

const reasonKey = (name: string) => messageKey('autoTick', name);

type Rule = (input: Required<AutoTickInput>) => AutoTick | undefined;

function latestTagged(input: Required<AutoTickInput>, tag: string, mustSucceed: boolean): AutoTick | undefined {
  const hit = input.contacts
    .filter((c) => c.tags.includes(tag) && inWindow(c.at, input.now, input.windowDays) && (!mustSucceed || isSuccessful(c)))
    .reduce<AutoTickContact | undefined>((best, c) => (best === undefined || c.at > best.at ? c : best), undefined);
  if (!hit) return undefined;
  return { at: hit.at, reason: message(reasonKey('tagged-contact'), calendarDateOf(hit.at, input.timeZone), message(tagLabelKey(tag))) };
}

const RULES: Record<AutoRuleId, Rule> = {
  'callbacks-on-time': (input) => {
    const s = onTimeShare(input.callbacks, input.now, input.windowDays);
    if (s.share !== 1) return undefined;
    const at = Math.max(
      ...input.callbacks.flatMap((c) => (c.doneAt !== undefined && inWindow(c.doneAt, input.now, input.windowDays) ? [c.doneAt] : [])),
    );
    return { at, reason: message(reasonKey('callbacks-on-time'), String(s.onTime), String(input.windowDays)) };
  },
  // An unanswered extra call still shows the client was thought of; a visit or teach-back needs the client.
  'extra-mile-contact': (input) => latestTagged(input, TRUST_TAGS.extraMile, false),
  'teach-back': (input) => latestTagged(input, TRUST_TAGS.teachBack, true),
  'hospital-visit': (input) => latestTagged(input, TRUST_TAGS.hospitalVisit, true),
  'pain-relieved': (input) => {
    const times = input.painPoints.flatMap((p) =>
      p.status === 'relieved' && p.relievedAt !== undefined && inWindow(p.relievedAt, input.now, input.windowDays) ? [p.relievedAt] : [],
    );
    if (times.length === 0) return undefined;
    const at = Math.max(...times);
    return { at, reason: message(reasonKey('pain-relieved'), calendarDateOf(at, input.timeZone)) };
  },
};

/** Trust items (by id) that the record shows were done within the window, with when and why. */
export function autoTicks(input: AutoTickInput): Map<string, AutoTick> {
  const full: Required<AutoTickInput> = { ...input, painPoints: input.painPoints ?? [], windowDays: input.windowDays ?? 30 };
  const out = new Map<string, AutoTick>();
  for (const item of TRUST_ITEMS) {
    if (!item.auto) continue;
    const tick = RULES[item.auto](full);
    if (tick) out.set(item.id, tick);
  }
  return out;
}
