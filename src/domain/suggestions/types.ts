import type { CallbackRecord, DispositionRecord, PainPointRecord } from '../../model/records';
import type { ContactFacts } from '../contacts/contacts';
import type { Message } from '../text/message-keys';
import type { SourceId } from '../text/sources';
import type { RecordedStay, StayDates } from '../discharge/stay';
import type { Cadence, ClientPreferences } from '../../model/values';
import type { WorkSchedule } from '../../model/settings';

export type SuggestionRuleId =
  | 'inpatient-visit'
  | 'discharge-prep'
  | 'tcm-contact'
  | 'check-in'
  | 'birthday'
  | 'pain-point-stale'
  | 'callback-due-soon';

export type SuggestionAction = 'open-discharge-checklist' | 'log-contact' | 'open-pain-points' | 'open-callbacks';

export interface Suggestion {
  ruleId: SuggestionRuleId;
  /** Stable per occurrence (rule + date or item), so a disposition sticks to this occurrence only. */
  key: string;
  title: Message;
  reason: Message;
  sourceId: SourceId;
  /** Higher first; 0–100. */
  urgency: number;
  action?: SuggestionAction;
  /** How the act is done when it is not a phone call (a visit to the hospital room). */
  channel?: 'visit';
  /** YYYY-MM-DD deadline when the suggestion has one (the TCM interactive contact). */
  due?: string;
}

/** How the user handled one occurrence of a suggestion. */
export type Disposition = Pick<DispositionRecord, 'ruleId' | 'key' | 'action' | 'at' | 'until' | 'reason'>;

export interface SuggestionInput {
  now: number;
  timeZone: string;
  client: RecordedStay & {
    name: string;
    dob?: string;
    preferences?: ClientPreferences;
    cadence: Cadence;
  };
  contacts: readonly ContactFacts[];
  callbacks: readonly (Pick<CallbackRecord, 'dueAt' | 'status' | 'doneAt'> & { id?: string })[];
  painPoints: readonly Pick<PainPointRecord, 'id' | 'text' | 'rootCause' | 'status' | 'openedAt' | 'relievedAt'>[];
  page?: StayDates & { location?: string };
  dispositions: readonly Disposition[];
  /** The user's hours, for "about to be late"; defaults to DEFAULT_SCHEDULE in `timeZone`. */
  schedule?: WorkSchedule;
  /** How clock times are written: the browser's language (BCP 47); en-US when not given. */
  locale?: string;
}

/** What every rule needs, derived once from the input. */
export interface RuleContext {
  input: SuggestionInput;
  today: string;
  schedule: WorkSchedule;
}

export interface SuggestionRule {
  id: SuggestionRuleId;
  sourceId: SourceId;
  evaluate(ctx: RuleContext): Suggestion[];
}
