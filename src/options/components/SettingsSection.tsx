import { useMemo, useState } from 'preact/hooks';
import { isValidCalendarDate } from '../../domain/time/dates';
import type { SettingsFormModel } from './settings-model';
import { TIERS, timeZoneChoices, type FieldId } from './settings-form';
import type { Translate } from '../../ui/translate';
import { browserWords } from '../../ui/translate';
import { TIER_KEYS } from '../../ui/field-labels';
import { WholeNumberInput } from '../../ui/WholeNumberInput';
import type { CadenceTier } from '../../model/values';
import { LOCK_AFTER_MINUTES, SEEN_RETENTION_DAYS } from '../../model/settings';

/** Monday first, as a working week is usually read; values stay 0 = Sunday … 6 = Saturday. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

function weekdayName(day: number): string {
  // 2024-01-07 was a Sunday: day 0.
  return new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + day));
}

/** The care manager's own rules: working week, holidays, promptness, intervals, notifications, names. */
export function SettingsSection({ model, t }: { model: SettingsFormModel; t: Translate }) {
  const form = model.form.value;
  const errors = model.errors.value;
  const status = model.status.value;
  const zones = useMemo(() => timeZoneChoices(form?.timeZone ?? ''), [form?.timeZone]);
  const [newDate, setNewDate] = useState('');
  const [newDateError, setNewDateError] = useState(false);

  const errorId = (field: FieldId) => `settings-error-${field}`;
  const errorText = (field: FieldId) => {
    const error = errors[field];
    return error ? t(error.key, error.substitutions) : '';
  };
  const invalid = (field: FieldId) =>
    errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': errorId(field) } : {};
  const ErrorLine = ({ field }: { field: FieldId }) =>
    errors[field] ? (
      <span class="field-error" id={errorId(field)} data-testid={`settings-error-${field}`}>
        {errorText(field)}
      </span>
    ) : null;
  /**
   * A whole-number field: label, input and its error. The hint and the error both describe it. Called as
   * a function, not mounted as a component: a component made in render would remount the input on every
   * keystroke and lose focus.
   */
  const numberField = (o: { label: string; field: FieldId; testId: string; min: number; max: number; value: string; onInput: (value: string) => void; hintId?: string }) => (
    <label>
      {o.label}
      <WholeNumberInput
        min={o.min}
        max={o.max}
        id={`settings-field-${o.field}`}
        testId={o.testId}
        value={o.value}
        onValue={o.onInput}
        invalid={Boolean(errors[o.field])}
        describedBy={[o.hintId, errors[o.field] ? errorId(o.field) : undefined].filter(Boolean).join(' ') || undefined}
      />
      <ErrorLine field={o.field} />
    </label>
  );

  if (!form) {
    return (
      <section aria-labelledby="settings-title" aria-busy="true">
        <h2 id="settings-title">{t('settingsTitle')}</h2>
      </section>
    );
  }

  const toggleDay = (day: number, on: boolean) => {
    const days = on ? [...form.workingDays, day] : form.workingDays.filter((d) => d !== day);
    model.update({ workingDays: days }, 'workingDays');
  };
  const addDate = () => {
    if (!isValidCalendarDate(newDate)) {
      setNewDateError(true);
      return;
    }
    setNewDateError(false);
    if (!form.extraHolidays.includes(newDate)) model.update({ extraHolidays: [...form.extraHolidays, newDate].sort() }, 'extraHolidays');
    setNewDate('');
  };
  const setCadence = (tier: CadenceTier, part: 'ideal' | 'max', value: string) =>
    model.update({ cadence: { ...form.cadence, [tier]: { ...form.cadence[tier], [part]: value } } }, `${part}-${tier}`);

  const errorCount = Object.keys(errors).length;
  const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
  const showDate = (date: string) => dateFormat.format(Date.parse(`${date}T00:00:00Z`));

  return (
    <section aria-labelledby="settings-title" data-testid="settings">
      <h2 id="settings-title">{t('settingsTitle')}</h2>
      <p class="hint">{t('settingsHint')}</p>
      <form
        class="settings-form"
        noValidate
        data-testid="settings-form"
        onSubmit={(event) => {
          event.preventDefault();
          void model.save().then((ok) => {
            if (!ok) document.getElementById('settings-status')?.focus();
          });
        }}
      >
        <fieldset>
          <legend>{t('settingsWorkingDays')}</legend>
          <div class="checks" {...invalid('workingDays')}>
            {WEEK.map((day) => (
              <label class="check" key={day}>
                <input
                  type="checkbox"
                  id={day === WEEK[0] ? 'settings-field-workingDays' : undefined}
                  data-testid={`settings-day-${day}`}
                  checked={form.workingDays.includes(day)}
                  onChange={(event) => toggleDay(day, event.currentTarget.checked)}
                />
                {weekdayName(day)}
              </label>
            ))}
          </div>
          <ErrorLine field="workingDays" />
        </fieldset>

        <fieldset>
          <legend>{t('settingsWorkingHours')}</legend>
          <div class="grid">
            <label>
              {t('settingsStart')}
              <input
                type="time"
                id="settings-field-start"
                data-testid="settings-start"
                value={form.start}
                onInput={(event) => model.update({ start: event.currentTarget.value }, 'start')}
                {...invalid('start')}
              />
              <ErrorLine field="start" />
            </label>
            <label>
              {t('settingsEnd')}
              <input
                type="time"
                id="settings-field-end"
                data-testid="settings-end"
                value={form.end}
                onInput={(event) => model.update({ end: event.currentTarget.value }, 'end')}
                {...invalid('end')}
              />
              <ErrorLine field="end" />
            </label>
            <label>
              {t('settingsTimeZone')}
              <select
                id="settings-field-timeZone"
                data-testid="settings-timezone"
                value={form.timeZone}
                onChange={(event) => model.update({ timeZone: event.currentTarget.value }, 'timeZone')}
                {...invalid('timeZone')}
              >
                {zones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone.replaceAll('_', ' ')}
                  </option>
                ))}
              </select>
              <ErrorLine field="timeZone" />
            </label>
          </div>
          <p class="hint">{t('settingsEndMidnightHint')}</p>
        </fieldset>

        <fieldset>
          <legend>{t('settingsHolidays')}</legend>
          <label>
            {t('settingsHolidayCalendar')}
            <select
              data-testid="settings-holidays"
              value={form.holidays}
              onChange={(event) => model.update({ holidays: event.currentTarget.value === 'none' ? 'none' : 'us-federal' })}
            >
              <option value="us-federal">{t('settingsHolidaysUsFederal')}</option>
              <option value="none">{t('settingsHolidaysNone')}</option>
            </select>
          </label>
          <h3 id="settings-closures-title">{t('settingsClosures')}</h3>
          {form.extraHolidays.length === 0 ? (
            <p class="hint" data-testid="settings-closures-none">{t('settingsClosuresNone')}</p>
          ) : (
            <ul class="closures" aria-labelledby="settings-closures-title">
              {form.extraHolidays.map((date) => (
                <li key={date} data-testid="settings-closure" data-date={date}>
                  <span>{showDate(date)}</span>
                  <button
                    type="button"
                    class="link"
                    data-testid="settings-closure-remove"
                    aria-label={t('settingsClosureRemove', showDate(date))}
                    onClick={() => model.update({ extraHolidays: form.extraHolidays.filter((d) => d !== date) }, 'extraHolidays')}
                  >
                    {t('settingsClosureRemoveButton')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div class="inline">
            <label>
              {t('settingsClosureDate')}
              <input
                type="date"
                id="settings-field-extraHolidays"
                data-testid="settings-closure-date"
                value={newDate}
                aria-invalid={newDateError || undefined}
                aria-describedby={newDateError ? 'settings-closure-date-error' : undefined}
                onInput={(event) => setNewDate(event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    addDate();
                  }
                }}
              />
            </label>
            <button type="button" class="secondary" data-testid="settings-closure-add" onClick={addDate}>
              {t('settingsClosureAdd')}
            </button>
          </div>
          {newDateError && (
            <span class="field-error" id="settings-closure-date-error">
              {t('settingsErrorDate', newDate || '—')}
            </span>
          )}
          <ErrorLine field="extraHolidays" />
        </fieldset>

        <fieldset>
          <legend>{t('settingsPromptness')}</legend>
          {numberField({
            label: t('settingsPromptnessHours'),
            field: 'promptnessHours',
            testId: 'settings-promptness',
            min: 1,
            max: 72,
            value: form.promptnessHours,
            onInput: (value) => model.update({ promptnessHours: value }, 'promptnessHours'),
          })}
          <p class="hint">{t('settingsPromptnessHint')}</p>
        </fieldset>

        <fieldset>
          <legend>{t('settingsCadence')}</legend>
          <p class="hint">{t('settingsCadenceHint')}</p>
          {TIERS.map((tier) => (
            <fieldset class="tier" key={tier} data-testid={`settings-tier-${tier}`}>
              <legend>{t(TIER_KEYS[tier])}</legend>
              <div class="grid">
                {numberField({
                  label: t('settingsIdealDays'),
                  field: `ideal-${tier}`,
                  testId: `settings-ideal-${tier}`,
                  min: 1,
                  max: 365,
                  value: form.cadence[tier].ideal,
                  onInput: (value) => setCadence(tier, 'ideal', value),
                })}
                {numberField({
                  label: t('settingsMaxDays'),
                  field: `max-${tier}`,
                  testId: `settings-max-${tier}`,
                  min: 1,
                  max: 730,
                  value: form.cadence[tier].max,
                  onInput: (value) => setCadence(tier, 'max', value),
                })}
              </div>
            </fieldset>
          ))}
          <label>
            {t('settingsDefaultTier')}
            <select
              data-testid="settings-default-tier"
              value={form.defaultTier}
              onChange={(event) => model.update({ defaultTier: event.currentTarget.value as CadenceTier })}
            >
              {TIERS.map((tier) => (
                <option key={tier} value={tier}>
                  {t(TIER_KEYS[tier])}
                </option>
              ))}
            </select>
          </label>
        </fieldset>

        <fieldset>
          <legend>{t('settingsPrivacy')}</legend>
          <label class="check">
            <input
              type="checkbox"
              data-testid="settings-notify"
              checked={form.notifyWhenDue}
              aria-describedby="settings-notify-hint"
              onChange={(event) => void model.setNotify(event.currentTarget.checked)}
            />
            {t('settingsNotify')}
          </label>
          <p class="hint" id="settings-notify-hint">
            {form.notifyWhenDue && model.notificationsAllowed.value === false ? t('settingsNotifyNotAllowed') : t('settingsNotifyHint')}
          </p>
          <label class="check">
            <input
              type="checkbox"
              data-testid="settings-show-names"
              checked={form.showNamesOutsidePanel}
              aria-describedby="settings-show-names-hint"
              onChange={(event) => model.update({ showNamesOutsidePanel: event.currentTarget.checked })}
            />
            {t('settingsShowNames')}
          </label>
          <p class="hint" id="settings-show-names-hint">
            {t('settingsShowNamesHint')}
          </p>
          {numberField({
            label: t('settingsLockAfter'),
            field: 'lockAfterMinutes',
            testId: 'settings-lock-after',
            min: LOCK_AFTER_MINUTES.min,
            max: LOCK_AFTER_MINUTES.max,
            value: form.lockAfterMinutes,
            onInput: (value) => model.update({ lockAfterMinutes: value }, 'lockAfterMinutes'),
            hintId: 'settings-lock-after-hint',
          })}
          <p class="hint" id="settings-lock-after-hint">
            {t('settingsLockAfterHint')}
          </p>
          {numberField({
            label: t('settingsSeenRetention'),
            field: 'seenRetentionDays',
            testId: 'settings-seen-retention',
            min: SEEN_RETENTION_DAYS.min,
            max: SEEN_RETENTION_DAYS.max,
            value: form.seenRetentionDays,
            onInput: (value) => model.update({ seenRetentionDays: value }, 'seenRetentionDays'),
            hintId: 'settings-seen-retention-hint',
          })}
          <p class="hint" id="settings-seen-retention-hint">
            {t('settingsSeenRetentionHint')}
          </p>
        </fieldset>

        <div
          id="settings-status"
          tabIndex={-1}
          class={`notice ${status?.tone ?? ''}`}
          role={status?.tone === 'error' ? 'alert' : 'status'}
          data-testid="settings-status"
        >
          {!status ? '' : status.count === undefined ? t(status.key, status.substitutions) : browserWords(t).count(status.key, status.count)}
          {errorCount > 0 && (
            <ul data-testid="settings-errors">
              {(Object.keys(errors) as FieldId[]).map((field) => (
                <li key={field}>
                  <a href={`#settings-field-${field}`}>{errorText(field)}</a>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div class="buttons">
          <button type="submit" data-testid="settings-save" disabled={model.saving.value}>
            {t('settingsSave')}
          </button>
        </div>
      </form>
    </section>
  );
}
