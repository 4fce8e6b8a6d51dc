import type { CallbackRecord, ClientRecord, ContactRecord, DispositionRecord, PainPointRecord } from '../../model/records';
import type { Settings } from '../../model/settings';
import type { ClientPreferences } from '../../model/values';
import { isOverdue } from '../contacts/callbacks';
import { isSuccessful } from '../contacts/contacts';
import { tcmDeadlines, tcmStatus, type TcmDeadlines, type TcmStatus } from '../discharge/tcm';
import { stayState, type StayState } from '../discharge/stay';
import { cadenceFor } from '../settings/settings';
import { suggestions } from '../suggestions/suggestions';
import type { Suggestion } from '../suggestions/types';
import { calendarDateOf } from '../time/dates';

/**
 * The handoff summary of one client: what a colleague covering for the user needs on one screen,
 * from the same rules the panel uses (suggestions, stay and TCM, callbacks), so the colleague's
 * "next best action" is the one the user would have seen that day.
 */

export interface Handoff {
  clientId: string;
  name: string;
  reach: { phone?: string } & Pick<ClientPreferences, 'preferredChannel' | 'bestTimeStart' | 'bestTimeEnd' | 'language' | 'caregiver'>;
  lastContact?: Pick<ContactRecord, 'at' | 'channel' | 'direction' | 'outcome' | 'note'>;
  /** Open callbacks, soonest first. */
  callbacksOwed: { dueAt: number; reason?: string; overdue: boolean }[];
  /** Open pain points, oldest first. */
  painPoints: { text: string; rootCause?: string; openedAt: number }[];
  stay: StayState;
  /** While a discharge's 30-day TCM period runs. */
  tcm?: TcmStatus & Pick<TcmDeadlines, 'dischargeDate' | 'interactiveContactDue' | 'faceToFaceDue'>;
  nextAction?: NextAction;
}

/**
 * An overdue callback is a promise already broken: returning it comes before any suggestion (the
 * suggestion rules only look ahead, at callbacks due soon), the most overdue first.
 */
export type NextAction =
  | { ruleId: 'callback-overdue'; key: string; urgency: number; dueAt: number; reason?: string }
  | Pick<Suggestion, 'ruleId' | 'key' | 'urgency' | 'due'>;

/** Above every suggestion's urgency (0–100). */
const OVERDUE_CALLBACK_URGENCY = 101;

function nextActionOf(input: HandoffInput): NextAction | undefined {
  const overdue = input.callbacks.filter((callback) => isOverdue(callback, input.now)).sort((a, b) => a.dueAt - b.dueAt || (a.id < b.id ? -1 : 1))[0];
  if (overdue) {
    return { ruleId: 'callback-overdue', key: `callback-overdue:${overdue.id}`, urgency: OVERDUE_CALLBACK_URGENCY, dueAt: overdue.dueAt, ...(overdue.reason ? { reason: overdue.reason } : {}) };
  }
  const { client, now, timeZone } = input;
  const next = suggestions({
    now,
    timeZone,
    client: { ...client, cadence: cadenceFor(client, input.settings) },
    contacts: input.contacts,
    callbacks: input.callbacks,
    painPoints: input.painPoints,
    dispositions: input.dispositions,
  })[0];
  return next ? { ruleId: next.ruleId, key: next.key, urgency: next.urgency, ...(next.due ? { due: next.due } : {}) } : undefined;
}

export interface HandoffInput {
  client: ClientRecord;
  contacts: readonly ContactRecord[];
  callbacks: readonly CallbackRecord[];
  painPoints: readonly PainPointRecord[];
  dispositions: readonly DispositionRecord[];
  settings: Settings;
  now: number;
  timeZone: string;
}

export function handoffOf(input: HandoffInput): Handoff {
  const { client, now, timeZone } = input;
  const today = calendarDateOf(now, timeZone);
  const prefs = client.preferences ?? {};
  // Contacts logged in the same minute share `at` (the form's precision): the one logged later is the last.
  const last = [...input.contacts].sort((a, b) => b.at - a.at || b.createdAt - a.createdAt)[0];
  const stay = stayState(client, today);
  const deadlines = stay.actualDischarge === undefined ? null : tcmDeadlines({ date: stay.actualDischarge, actual: true }, today, client.tcmComplexity ?? 'moderate');
  const done = client.tcmDone?.dischargeDate === deadlines?.dischargeDate ? client.tcmDone : undefined;
  const tcm = deadlines
    ? tcmStatus(deadlines, today, input.contacts.map((contact) => ({ at: contact.at, successful: isSuccessful(contact) })), timeZone, {
        ...(done?.faceToFaceOn ? { faceToFaceOn: done.faceToFaceOn } : {}),
        ...(done?.medicationReconciledOn ? { medicationReconciledOn: done.medicationReconciledOn } : {}),
      })
    : undefined;
  const next = nextActionOf(input);
  const pick = <K extends keyof ClientPreferences>(key: K) => (prefs[key] !== undefined ? { [key]: prefs[key] } : {});
  return {
    clientId: client.id,
    name: client.name,
    reach: { ...(client.phone ? { phone: client.phone } : {}), ...pick('preferredChannel'), ...pick('bestTimeStart'), ...pick('bestTimeEnd'), ...pick('language'), ...pick('caregiver') },
    ...(last ? { lastContact: { at: last.at, channel: last.channel, direction: last.direction, outcome: last.outcome, ...(last.note ? { note: last.note } : {}) } } : {}),
    callbacksOwed: input.callbacks
      .filter((callback) => callback.status === 'open')
      .sort((a, b) => a.dueAt - b.dueAt)
      .map((callback) => ({ dueAt: callback.dueAt, ...(callback.reason ? { reason: callback.reason } : {}), overdue: isOverdue(callback, now) })),
    painPoints: input.painPoints
      .filter((pain) => pain.status === 'open')
      .sort((a, b) => a.openedAt - b.openedAt)
      .map((pain) => ({ text: pain.text, ...(pain.rootCause ? { rootCause: pain.rootCause } : {}), openedAt: pain.openedAt })),
    stay,
    ...(tcm?.inPeriod && deadlines
      ? { tcm: { ...tcm, dischargeDate: deadlines.dischargeDate, interactiveContactDue: deadlines.interactiveContactDue, faceToFaceDue: deadlines.faceToFaceDue } }
      : {}),
    ...(next ? { nextAction: next } : {}),
  };
}
