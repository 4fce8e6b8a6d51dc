import { cadenceStatus } from '../../domain/contacts/cadence';
import { cadenceFor } from '../../domain/settings/settings';
import { describeDaysAgo } from '../../domain/time/relative-time';
import { calendarDateOf, daysBetweenDates } from '../../domain/time/dates';
import { summaryOfTimes } from '../../domain/contacts/contacts';
import { usePanel } from '../panel';

const CADENCE_LABEL_KEYS = { ok: 'cadenceOk', amber: 'cadenceAmber', red: 'cadenceRed' } as const;

export function ContactStatus() {
  const { client, settings, clock, host } = usePanel();
  const t = host.t;
  const record = client.client.value;
  // From the record, where the store keeps the last success and attempt with every contact
  // write: right from the first paint, without waiting for the contact log to load.
  const summary = summaryOfTimes(record ?? {}, clock.now.value, host.timeZone);
  const days = summary.daysSinceSuccess;
  const status = cadenceStatus(days, cadenceFor(record ?? {}, settings.settings.value));
  const daysAgo = (epoch: number) => {
    const today = calendarDateOf(clock.now.value, host.timeZone);
    return relative(daysBetweenDates(calendarDateOf(epoch, host.timeZone), today));
  };
  const relative = (n: number) => {
    const described = describeDaysAgo(n);
    if (described.key === 'today') return t('lastContactToday');
    if (described.key === 'yesterday') return t('lastContactYesterday');
    return t('lastContactDaysAgo', String(described.count));
  };
  return (
    <section class="contact-status" aria-label={t('lastContact')}>
      <p data-testid="last-contact" data-days={days === undefined ? '' : String(days)}>
        <span class="label">{t('lastContact')}: </span>
        <strong>{days === undefined ? t('lastContactNever') : relative(days)}</strong>
      </p>
      <p class={`cadence ${status}`} data-testid="cadence-status" data-status={status}>
        <span aria-hidden="true" class="dot" />
        {t(CADENCE_LABEL_KEYS[status])}
      </p>
      {summary.lastAttemptAt !== undefined && summary.lastAttemptAt !== summary.lastSuccessAt && (
        <p class="hint">{t('lastAttempt', daysAgo(summary.lastAttemptAt))}</p>
      )}
    </section>
  );
}
