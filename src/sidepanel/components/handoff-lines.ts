import { calendarDateOf, isValidCalendarDate } from '../../domain/time/dates';
import type { DeadlineState } from '../../domain/discharge/tcm';
import type { HandoffSummary } from '../../model/team';
import { CHANNELS, OUTCOMES } from '../../ui/contact-labels';
import type { Panel } from '../panel';

/**
 * The lines of a handoff section as the reader should see them. The colleague's narrative was
 * written in their words, locale and time zone; where the handoff also carries its facts as data,
 * the lines with an instant or a day (last contact, callbacks, pain points, the stay and TCM, an
 * overdue callback as the next action) are written again here in the reader's own locale and zone. Any other line keeps the
 * colleague's words, with its ISO dates ("Discharge expected 2026-12-06") in the reader's format.
 */

type Summary = HandoffSummary;
/**
 * The facts a handoff may carry beside its narrative (model/team.ts states them): only what the
 * reader's lines are rebuilt from. Without a stay, the discharge section keeps the colleague's words.
 */
export type HandoffFacts = Pick<Summary, 'lastContact' | 'callbacksOwed' | 'painPoints'> & {
  nextAction?: Pick<NonNullable<Summary['nextAction']>, 'ruleId' | 'dueAt' | 'reason'>;
  stay?: Summary['stay'];
  tcm?: Pick<NonNullable<Summary['tcm']>, 'dischargeDate' | 'interactiveContactDue' | 'faceToFaceDue' | 'interactiveContact' | 'faceToFace'>;
};

const DEADLINE_KEYS: Record<DeadlineState, string> = { met: 'tcmMet', late: 'tcmLate', open: 'tcmOpen', 'due-today': 'tcmDueToday', overdue: 'tcmOverdue' };

type Reader = Pick<Panel, 'host' | 'formats'>;

const INSTANT = /\b(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:\d{2})\b/g;
/** A calendar date standing alone: not part of a longer number, an instant or an identifier. */
const DATE = /(?<![\w-])(\d{4}-\d{2}-\d{2})(?![\w-])/g;

/** ISO instants and calendar dates in a line of words, in the reader's locale (instants in their zone too). */
export function localiseDates(line: string, formats: Reader['formats']): string {
  return line
    .replace(INSTANT, (match) => {
      const ms = Date.parse(match);
      return Number.isNaN(ms) ? match : formats.dateTime(ms);
    })
    .replace(DATE, (match) => (isValidCalendarDate(match) ? formats.date(match) : match));
}

function factLines(code: string, facts: HandoffFacts, reader: Reader): string[] | undefined {
  const { host, formats } = reader;
  const t = host.t;
  const day = (ms: number) => formats.date(calendarDateOf(ms, host.timeZone));
  switch (code) {
    case 'last-contact': {
      const contact = facts.lastContact;
      if (!contact) return [];
      const said = t(contact.direction === 'inbound' ? 'handoffContactInbound' : 'handoffContactOutbound', [formats.dateTime(contact.at), t(CHANNELS[contact.channel]), t(OUTCOMES[contact.outcome])]);
      return contact.note ? [said, contact.note] : [said];
    }
    case 'callbacks':
      return facts.callbacksOwed.map((callback) => {
        const key = `${callback.overdue ? 'handoffCallbackOverdue' : 'handoffCallbackDue'}${callback.reason ? 'Reason' : ''}`;
        return t(key, [formats.dateTime(callback.dueAt), callback.reason ?? '']);
      });
    case 'pain-points':
      return facts.painPoints.map((pain) => (pain.rootCause ? t('handoffPainRootSince', [pain.text, pain.rootCause, day(pain.openedAt)]) : t('handoffPainSince', [pain.text, day(pain.openedAt)])));
    case 'discharge': {
      const { stay, tcm } = facts;
      if (!stay) return undefined;
      const date = formats.date;
      return [
        ...(stay.inpatient ? [stay.admitDate ? t('handoffInHospitalSince', date(stay.admitDate)) : t('handoffInHospital')] : []),
        ...(stay.expectedDischarge ? [t('handoffDischargeExpected', date(stay.expectedDischarge))] : []),
        ...(stay.dischargeToConfirm ? [t('handoffDischargeToConfirm', date(stay.dischargeToConfirm))] : []),
        ...(tcm
          ? [t('handoffTcm', [date(tcm.dischargeDate), date(tcm.interactiveContactDue), t(DEADLINE_KEYS[tcm.interactiveContact]), date(tcm.faceToFaceDue), t(DEADLINE_KEYS[tcm.faceToFace])])]
          : []),
      ];
    }
    case 'next-action': {
      const action = facts.nextAction;
      if (action?.ruleId !== 'callback-overdue' || action.dueAt === undefined) return undefined;
      return [t(action.reason ? 'handoffNextCallbackReason' : 'handoffNextCallback', [formats.dateTime(action.dueAt), action.reason ?? ''])];
    }
    default:
      return undefined;
  }
}

export function handoffLines(section: { code: string; lines: readonly string[] }, facts: HandoffFacts | undefined, reader: Reader): string[] {
  return (facts && factLines(section.code, facts, reader)) ?? section.lines.map((line) => localiseDates(line, reader.formats));
}
