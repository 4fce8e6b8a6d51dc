import { useState } from 'preact/hooks';
import type { CadenceTier } from '../../domain/cadence';
import { cadenceFor } from '../../domain/settings';
import { bestTimePhrase, type ClientPreferences } from '../../domain/preferences';
import { updateClient } from '../../store/clients';
import { StaleWriteError } from '../../store/base';
import type { ClientRecord, ContactChannel } from '../../store/records';
import { usePanel } from '../panel';
import { CHANNELS } from './LogContact';

interface DetailsDraft {
  name: string;
  dob: string;
  sex: string;
  phone: string;
  location: string;
  tier: CadenceTier | '';
  idealDays: string;
  maxDays: string;
  preferredChannel: ContactChannel | '';
  bestTimeStart: string;
  bestTimeEnd: string;
  language: string;
  caregiverName: string;
  caregiverRelation: string;
  caregiverPhone: string;
}

function draftOf(client: ClientRecord): DetailsDraft {
  const prefs = client.preferences ?? {};
  return {
    name: client.name,
    dob: client.dob ?? '',
    sex: client.sex ?? '',
    phone: client.phone ?? '',
    location: client.location ?? '',
    tier: client.tier ?? '',
    idealDays: client.cadence ? String(client.cadence.idealDays) : '',
    maxDays: client.cadence ? String(client.cadence.maxDays) : '',
    preferredChannel: prefs.preferredChannel ?? '',
    bestTimeStart: prefs.bestTimeStart ?? '',
    bestTimeEnd: prefs.bestTimeEnd ?? '',
    language: prefs.language ?? '',
    caregiverName: prefs.caregiver?.name ?? '',
    caregiverRelation: prefs.caregiver?.relation ?? '',
    caregiverPhone: prefs.caregiver?.phone ?? '',
  };
}

const optional = (value: string) => value.trim() || undefined;

function preferencesOf(draft: DetailsDraft): ClientPreferences {
  return {
    preferredChannel: draft.preferredChannel || undefined,
    bestTimeStart: optional(draft.bestTimeStart),
    bestTimeEnd: optional(draft.bestTimeEnd),
    language: optional(draft.language),
    caregiver: draft.caregiverName.trim()
      ? { name: draft.caregiverName.trim(), relation: optional(draft.caregiverRelation), phone: optional(draft.caregiverPhone) }
      : undefined,
  };
}

/**
 * Preferences that shape how to reach the client, the contact rhythm, and corrections to anything
 * read from a page (a correction wins until the page shows a different value).
 */
export function ClientDetails({ client }: { client: ClientRecord }) {
  const { host, settings } = usePanel();
  const t = host.t;
  const prefs = client.preferences ?? {};
  const cadence = cadenceFor(client, settings.settings.value);
  const bestTime = bestTimePhrase(prefs);
  return (
    <details class="client-details" data-testid="client-details">
      <summary>{t('detailsAndPreferences')}</summary>
      <dl class="summary-list">
        <dt>{t('cadence')}</dt>
        <dd data-testid="client-cadence">{t('cadenceDays', [String(cadence.idealDays), String(cadence.maxDays)])}</dd>
        {prefs.preferredChannel && (
          <>
            <dt>{t('preferredChannel')}</dt>
            <dd>{t(CHANNELS[prefs.preferredChannel])}</dd>
          </>
        )}
        {bestTime && (
          <>
            <dt>{t('bestTime')}</dt>
            <dd data-testid="client-best-time">{bestTime}</dd>
          </>
        )}
        {prefs.language && (
          <>
            <dt>{t('language')}</dt>
            <dd>{prefs.language}</dd>
          </>
        )}
        {prefs.caregiver && (
          <>
            <dt>{t('caregiver')}</dt>
            <dd>{[prefs.caregiver.name, prefs.caregiver.relation, prefs.caregiver.phone].filter(Boolean).join(' · ')}</dd>
          </>
        )}
      </dl>
      <DetailsForm key={client.id} client={client} />
    </details>
  );
}

function DetailsForm({ client }: { client: ClientRecord }) {
  const { db, clock, host, notices, afterWrite } = usePanel();
  const t = host.t;
  const [draft, setDraft] = useState<DetailsDraft>(() => draftOf(client));
  const [baseRev, setBaseRev] = useState(client.rev);
  const field = (key: keyof DetailsDraft) => ({
    value: draft[key],
    onInput: (event: { currentTarget: HTMLInputElement | HTMLSelectElement }) => setDraft({ ...draft, [key]: event.currentTarget.value }),
  });

  const submit = async (event: Event) => {
    event.preventDefault();
    const ideal = Number.parseInt(draft.idealDays, 10);
    const max = Number.parseInt(draft.maxDays, 10);
    const ownCadence = ideal > 0 && max >= ideal ? { idealDays: ideal, maxDays: max } : undefined;
    try {
      const saved = await updateClient(
        db,
        client.id,
        {
          name: draft.name.trim(),
          dob: optional(draft.dob),
          sex: optional(draft.sex),
          phone: optional(draft.phone),
          location: optional(draft.location),
          tier: draft.tier || undefined,
          cadence: ownCadence,
          preferences: preferencesOf(draft),
        },
        clock.now.peek(),
        baseRev,
      );
      setBaseRev(saved.rev);
      await afterWrite();
      notices.show({ text: t('detailsSaved', saved.name), tone: 'info' });
    } catch (error) {
      // Another window changed this client since the form opened: keep what was typed, say so.
      const text = error instanceof StaleWriteError ? t('staleWrite') : t('saveFailed', String(error));
      if (error instanceof StaleWriteError) setBaseRev((error.current as ClientRecord).rev);
      notices.show({ text, tone: 'error' });
    }
  };

  return (
    <form class="card" onSubmit={submit} aria-label={t('detailsAndPreferences')}>
      <fieldset>
        <legend>{t('corrections')}</legend>
        <div class="grid">
          <label>
            {t('fieldName')}
            <input required data-testid="details-name" {...field('name')} />
          </label>
          <label>
            {t('fieldDob')}
            <input type="date" {...field('dob')} />
          </label>
          <label>
            {t('fieldSex')}
            <input {...field('sex')} />
          </label>
          <label>
            {t('fieldPhone')}
            <input type="tel" {...field('phone')} />
          </label>
          <label>
            {t('fieldLocation')}
            <input data-testid="details-location" {...field('location')} />
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('cadence')}</legend>
        <div class="grid">
          <label>
            {t('riskTier')}
            <select data-testid="details-tier" {...field('tier')}>
              <option value="">{t('tierDefault')}</option>
              <option value="high">{t('tierHigh')}</option>
              <option value="medium">{t('tierMedium')}</option>
              <option value="low">{t('tierLow')}</option>
            </select>
          </label>
          <label>
            {t('idealDays')}
            <input type="number" min="1" max="365" data-testid="details-ideal" {...field('idealDays')} />
          </label>
          <label>
            {t('maxDays')}
            <input type="number" min="1" max="730" data-testid="details-max" {...field('maxDays')} />
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('preferences')}</legend>
        <div class="grid">
          <label>
            {t('preferredChannel')}
            <select {...field('preferredChannel')}>
              <option value="">—</option>
              {(Object.keys(CHANNELS) as ContactChannel[]).map((channel) => (
                <option key={channel} value={channel}>
                  {t(CHANNELS[channel])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('bestTimeFrom')}
            <input type="time" data-testid="details-best-start" {...field('bestTimeStart')} />
          </label>
          <label>
            {t('bestTimeTo')}
            <input type="time" data-testid="details-best-end" {...field('bestTimeEnd')} />
          </label>
          <label>
            {t('language')}
            <input {...field('language')} />
          </label>
          <label>
            {t('caregiver')}
            <input {...field('caregiverName')} />
          </label>
          <label>
            {t('caregiverRelation')}
            <input {...field('caregiverRelation')} />
          </label>
          <label>
            {t('caregiverPhone')}
            <input type="tel" {...field('caregiverPhone')} />
          </label>
        </div>
      </fieldset>
      <div class="buttons">
        <button type="submit" data-testid="details-save">
          {t('save')}
        </button>
      </div>
    </form>
  );
}
