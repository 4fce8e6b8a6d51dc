import { useEffect, useRef, useState } from 'preact/hooks';
import { cadenceState } from '../../domain/contacts/cadence';
import { cadenceFor } from '../../domain/settings/defaults';
import { addDays, calendarDateOf, daysBetweenDates } from '../../domain/time/dates';
import { isSuccessful, summaryOfTimes } from '../../domain/contacts/contacts';
import type { ClientRecord } from '../../model/records';
import { usePanel } from '../panel';
import { CHANNELS } from '../../ui/contact-labels';
import { useSaver } from './use-saver';

const CADENCE_KEYS = { ok: 'cadenceOk', amber: 'cadenceAmber', red: 'cadenceRed' } as const;
const NO_CONTACT_KEYS = { ok: 'cadenceNoContactOk', amber: 'cadenceNoContactAmber', red: 'cadenceNoContactRed' } as const;
/** The first words of a note: enough to recall the conversation. */
const NOTE_WORDS = 12;

/** Where things stand: the last successful contact, the last attempt, and the rhythm in words. */
export function ContactStatus({ client }: { client: ClientRecord }) {
  const { settings, clock, host, words, contacts } = usePanel();
  const t = host.t;
  const today = calendarDateOf(clock.now.value, host.timeZone);
  // From the record, where the store keeps the last success and attempt with every contact
  // write: right from the first paint, without waiting for the contact log to load.
  const summary = summaryOfTimes(client, clock.now.value, host.timeZone);
  const days = summary.daysSinceSuccess;
  const cadence = cadenceFor(client, settings.settings.value);
  // One rule with the caseload: "no contact yet" counts from when the client joined it.
  const joined = daysBetweenDates(calendarDateOf(client.enrolledAt ?? client.createdAt, host.timeZone), today);
  const state = cadenceState({ daysSinceSuccess: days, daysSinceJoined: joined }, cadence);
  const daysAgo = (n: number) => (n <= 0 ? t('lastContactToday') : n === 1 ? t('lastContactYesterday') : words.count('lastContactDaysAgo', n));
  const lastSuccess = contacts.contacts.value.filter((contact) => contact.at === summary.lastSuccessAt && isSuccessful(contact)).at(-1);
  const note = lastSuccess?.note?.trim().split(/\s+/);
  const attemptDays =
    summary.lastAttemptAt !== undefined && summary.lastAttemptAt !== summary.lastSuccessAt
      ? daysBetweenDates(calendarDateOf(summary.lastAttemptAt, host.timeZone), today)
      : undefined;
  return (
    <section class="contact-status" aria-label={t('whereThingsStand')}>
      <p data-testid="last-contact" data-days={days === undefined ? '' : String(days)}>
        <span class="label">{t('lastContact')}: </span>
        <strong>{days === undefined ? t('lastContactNever') : daysAgo(days)}</strong>
        {lastSuccess && <span> · {t(CHANNELS[lastSuccess.channel])}</span>}
      </p>
      {/* Always one line, note or not: a new contact never moves what is below. */}
      <p class="note-start" data-testid="last-contact-note">
        {note && note.length > 0 ? `“${note.slice(0, NOTE_WORDS).join(' ')}${note.length > NOTE_WORDS ? '…' : ''}”` : days === undefined ? '' : t('lastContactNoNote')}
      </p>
      <p class="status-line">
        <span
          class={`cadence ${state.status}`}
          data-testid="cadence-status"
          data-status={state.status}
          data-state={state.kind}
        >
          <span aria-hidden="true" class="dot" />
          {state.kind === 'contacted'
            ? t(CADENCE_KEYS[state.status])
            : state.daysSinceJoined === 0
              ? t('cadenceNoContactNew')
              : words.count(NO_CONTACT_KEYS[state.status], state.daysSinceJoined)}
        </span>
        {attemptDays !== undefined && <span class="hint"> {t('lastAttempt', daysAgo(attemptDays))}</span>}
      </p>
      <DischargeQuestion client={client} today={today} />
    </section>
  );
}

/** An expected discharge date has passed and nobody said it happened: ask, never assume. */
function DischargeQuestion({ client, today }: { client: ClientRecord; today: string }) {
  const { stay, host, formats } = usePanel();
  const t = host.t;
  const save = useSaver();
  const [newDate, setNewDate] = useState<string | null>(null);
  const dateField = useRef<HTMLInputElement>(null);
  const asking = newDate !== null;
  useEffect(() => {
    if (asking) dateField.current?.focus();
  }, [asking]);
  const date = stay.state.value?.dischargeToConfirm;
  if (!date) return null;
  const confirm = () =>
    void save(() => stay.confirmDischarge(client, date), {
      done: t('dischargeConfirmed', [client.name, formats.date(date)]),
      undo: ({ saved, previous }) => stay.update(saved, previous),
    });
  const postpone = (event: Event) => {
    event.preventDefault();
    if (!newDate) return;
    void save(() => stay.postponeDischarge(client, newDate), {
      done: t('dischargePostponed', [client.name, formats.date(newDate)]),
      onSaved: () => setNewDate(null),
      undo: ({ saved, previous }) => stay.update(saved, previous),
    });
  };
  return (
    <div class="discharge-question warning" role="group" aria-labelledby="discharge-question" data-testid="discharge-question" data-date={date}>
      <p id="discharge-question">{t('dischargeQuestion', [client.name, formats.date(date)])}</p>
      {newDate === null ? (
        <div class="buttons">
          <button type="button" data-testid="discharge-yes" onClick={confirm}>
            {t('dischargeYes')}
          </button>
          <button type="button" class="secondary" data-testid="discharge-not-yet" onClick={() => setNewDate(addDays(today, 1))}>
            {t('dischargeNotYet')}
          </button>
        </div>
      ) : (
        <form class="buttons" onSubmit={postpone}>
          <label>
            {t('dischargeNewDate')}
            <input
              type="date"
              min={today}
              required
              data-testid="discharge-new-date"
              value={newDate}
              ref={dateField}
              onInput={(event) => setNewDate(event.currentTarget.value)}
            />
          </label>
          <button type="submit" data-testid="discharge-new-date-save">
            {t('save')}
          </button>
          <button type="button" class="secondary" onClick={() => setNewDate(null)}>
            {t('cancel')}
          </button>
        </form>
      )}
    </div>
  );
}
