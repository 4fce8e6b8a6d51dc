import { addBusinessHours } from '../time/business-time';
import { catchUpPriority } from '../contacts/cadence';
import { contactSummary, isSuccessful } from '../contacts/contacts';
import { calendarDateOf, daysBetweenDates, DAY_MS } from '../time/dates';
import { nextBirthday } from './birthdays';
import { stalePainPoints } from '../contacts/pain-points';
import { bestTimePhrase } from '../contacts/preferences';
import { dateArg, dayCount, message, suggestionKey } from '../text/message-keys';
import { mergeStay, stayState, type StayState } from '../discharge/stay';
import type { RuleContext, Suggestion, SuggestionRule } from './types';
import { tcmDeadlines, tcmStatus } from '../discharge/tcm';

/**
 * Extra-mile rules: each turns the record into zero or more suggestions. Urgency bands keep
 * deadlines (TCM, callbacks) above the relationship acts that have no deadline.
 */

const timeFormatters = new Map<string, Intl.DateTimeFormat>();
function clockTime(epochMs: number, timeZone: string, locale = 'en-US'): string {
  const key = `${locale}|${timeZone}`;
  let f = timeFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' });
    timeFormatters.set(key, f);
  }
  return f.format(epochMs);
}

function stayOf(ctx: RuleContext): StayState {
  return stayState(mergeStay(ctx.input.client, ctx.input.page), ctx.today);
}

/**
 * Units where a drop-in visit is not possible or not kind (intensive care, isolation): the
 * extra mile there is a call to the family instead.
 */
const RESTRICTED_VISITS = /\b(icu|ccu|micu|sicu|nicu|picu|intensive care|critical care|isolation)\b/i;

export const inpatientVisit: SuggestionRule = {
  id: 'inpatient-visit',
  sourceId: 'rb101',
  evaluate(ctx) {
    const stay = stayOf(ctx);
    if (!stay.inpatient || stay.admitDate === undefined) return [];
    const where = ctx.input.page?.location;
    const day = daysBetweenDates(stay.admitDate, ctx.today) + 1;
    if (where !== undefined && RESTRICTED_VISITS.test(where)) {
      const caregiver = ctx.input.client.preferences?.caregiver?.name;
      return [{
        ruleId: 'inpatient-visit',
        key: `inpatient-visit:${stay.admitDate}`,
        title: caregiver ? message(suggestionKey('inpatient-visit', 'title', 'caregiver', 'named'), caregiver) : message(suggestionKey('inpatient-visit', 'title', 'caregiver')),
        reason: message(suggestionKey('inpatient-visit', 'reason', 'restricted'), ctx.input.client.name, where),
        sourceId: 'rb101',
        urgency: 50,
        action: 'log-contact',
      }];
    }
    return [{
      ruleId: 'inpatient-visit',
      key: `inpatient-visit:${stay.admitDate}`,
      title: where ? message(suggestionKey('inpatient-visit', 'title', 'at'), where) : message(suggestionKey('inpatient-visit', 'title')),
      reason: message(suggestionKey('inpatient-visit', 'reason'), ctx.input.client.name, dateArg(stay.admitDate), String(day)),
      sourceId: 'rb101',
      urgency: 50,
      action: 'log-contact',
      channel: 'visit',
    }];
  },
};

export const dischargePrep: SuggestionRule = {
  id: 'discharge-prep',
  sourceId: 'ahrq-red',
  evaluate(ctx) {
    const due = stayOf(ctx).expectedDischarge;
    if (due === undefined) return [];
    const days = daysBetweenDates(ctx.today, due);
    // Today and the three calendar days ahead cover the 72 hours in which discharge needs must be
    // lined up; a patient expected out today is still on the unit until someone says otherwise.
    if (days < 0 || days > 3) return [];
    return [{
      ruleId: 'discharge-prep',
      key: `discharge-prep:${due}`,
      title: message(suggestionKey('discharge-prep', 'title')),
      reason: days === 0 ? message(suggestionKey('discharge-prep', 'reason', 'today')) : message(suggestionKey('discharge-prep', 'reason'), dateArg(due), dayCount(days)),
      sourceId: 'ahrq-red',
      urgency: 70 + (3 - days) * 5,
      action: 'open-discharge-checklist',
      due,
    }];
  },
};

export const tcmContact: SuggestionRule = {
  id: 'tcm-contact',
  sourceId: 'cms-tcm',
  evaluate(ctx) {
    const date = stayOf(ctx).actualDischarge;
    if (date === undefined) return [];
    // The interactive-contact deadline is the same for both complexities.
    const deadlines = tcmDeadlines({ date, actual: true }, ctx.today, 'moderate');
    if (!deadlines || ctx.today > deadlines.periodEnds) return [];
    const contacts = ctx.input.contacts.map((c) => ({ at: c.at, successful: isSuccessful(c) }));
    const state = tcmStatus(deadlines, ctx.today, contacts, ctx.input.timeZone).interactiveContact;
    if (state === 'met' || state === 'late') return [];
    const due = deadlines.interactiveContactDue;
    const reasonKey = suggestionKey('tcm-contact', 'reason', state);
    return [{
      ruleId: 'tcm-contact',
      key: `tcm-contact:${date}`,
      title: message(suggestionKey('tcm-contact', 'title')),
      reason: state === 'due-today' ? message(reasonKey, dateArg(date)) : message(reasonKey, dateArg(date), dateArg(due)),
      sourceId: 'cms-tcm',
      urgency: state === 'due-today' ? 95 : state === 'overdue' ? 90 : 85,
      action: 'log-contact',
      due,
    }];
  },
};

export const checkIn: SuggestionRule = {
  id: 'check-in',
  sourceId: 'rb101',
  evaluate(ctx) {
    const { client, contacts, now, timeZone } = ctx.input;
    const { daysSinceSuccess } = contactSummary(contacts, now, timeZone);
    if (daysSinceSuccess !== undefined && daysSinceSuccess < client.cadence.idealDays / 2) return [];
    const since = daysSinceSuccess === undefined
      ? message(suggestionKey('check-in', 'never'))
      : message(suggestionKey('check-in', 'last'), dayCount(daysSinceSuccess), dayCount(client.cadence.idealDays));
    const when = bestTimePhrase(client.preferences);
    const priority = Math.min(catchUpPriority(daysSinceSuccess, client.cadence), 2);
    return [{
      ruleId: 'check-in',
      key: `check-in:${ctx.today}`,
      title: message(suggestionKey('check-in', 'title')),
      reason: when ? message(suggestionKey('check-in', 'reason', 'best-time'), since, when) : message(suggestionKey('check-in', 'reason'), since),
      sourceId: 'rb101',
      urgency: 35 + Math.round(priority * 10),
      action: 'log-contact',
    }];
  },
};

export const birthday: SuggestionRule = {
  id: 'birthday',
  sourceId: 'rb101',
  evaluate(ctx) {
    const date = nextBirthday(ctx.input.client.dob, ctx.today);
    if (date === undefined) return [];
    const days = daysBetweenDates(ctx.today, date);
    if (days > 6) return [];
    return [{
      ruleId: 'birthday',
      key: `birthday:${date}`,
      title: days === 0 ? message(suggestionKey('birthday', 'title', 'today')) : message(suggestionKey('birthday', 'title'), dateArg(date)),
      reason: days === 0
        ? message(suggestionKey('birthday', 'reason', 'today'), ctx.input.client.name)
        : message(suggestionKey('birthday', 'reason'), ctx.input.client.name, dayCount(days)),
      sourceId: 'rb101',
      urgency: days === 0 ? 60 : 30 + (6 - days) * 3,
      action: 'log-contact',
    }];
  },
};

export const stalePainPoint: SuggestionRule = {
  id: 'pain-point-stale',
  sourceId: 'rb101',
  evaluate(ctx) {
    return stalePainPoints(ctx.input.painPoints, ctx.input.now)
      .map((p): Suggestion => {
      const days = Math.floor((ctx.input.now - p.openedAt) / DAY_MS);
      return {
        ruleId: 'pain-point-stale',
        key: `pain-point-stale:${p.id}`,
        title: message(suggestionKey('pain-point-stale', 'title')),
        reason: message(suggestionKey('pain-point-stale', 'reason'), p.text, dayCount(days)),
        sourceId: 'rb101',
        urgency: 55 + Math.min(days - 7, 20),
        action: 'open-pain-points',
      };
    });
  },
};

export const callbackDueSoon: SuggestionRule = {
  id: 'callback-due-soon',
  sourceId: 'rb101',
  evaluate(ctx) {
    const { now, timeZone, callbacks, locale } = ctx.input;
    const soon = addBusinessHours(now, 2, ctx.schedule);
    return callbacks
      .filter((cb) => cb.status === 'open' && cb.dueAt > now)
      .filter((cb) => cb.dueAt <= soon || calendarDateOf(cb.dueAt, timeZone) === ctx.today)
      .map((cb): Suggestion => {
        const hoursLeft = (cb.dueAt - now) / 3_600_000;
        const dueOn = calendarDateOf(cb.dueAt, timeZone);
        const at = clockTime(cb.dueAt, timeZone, locale);
        return {
          ruleId: 'callback-due-soon',
          key: `callback-due-soon:${cb.id ?? cb.dueAt}`,
          title: message(suggestionKey('callback-due-soon', 'title')),
          reason: dueOn === ctx.today
            ? message(suggestionKey('callback-due-soon', 'reason', 'today'), at)
            : message(suggestionKey('callback-due-soon', 'reason'), dateArg(dueOn), at),
          sourceId: 'rb101',
          // Sooner is more urgent, but any callback due soon outranks relationship acts.
          urgency: 80 + Math.max(0, 9 - Math.floor(hoursLeft)),
          action: 'open-callbacks',
        };
      });
  },
};

export const SUGGESTION_RULES: readonly SuggestionRule[] = [
  tcmContact,
  callbackDueSoon,
  dischargePrep,
  stalePainPoint,
  inpatientVisit,
  checkIn,
  birthday,
];
