import { useEffect, useState } from 'preact/hooks';
import { useKeepUnsavedForm, useRestoredForm } from './use-kept-form';
import { cadenceFor } from '../../domain/settings/defaults';
import { StaleWriteError } from '../../store/errors';
import type { ClientRecord } from '../../model/records';
import { usePanel, type Panel } from '../panel';
import { CHANNELS } from '../../ui/contact-labels';
import { TIER_KEYS } from '../../ui/field-labels';
import { FIELD_LABEL_KEYS } from '../../context/types';
import { saveErrorText } from './save-error';
import { WholeNumberInput } from '../../ui/WholeNumberInput';
import type { ContactChannel, CadenceTier, ClientPreferences } from '../../model/values';

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

const LABELS: Record<keyof DetailsDraft, string> = {
  name: FIELD_LABEL_KEYS.name,
  dob: FIELD_LABEL_KEYS.dob,
  sex: FIELD_LABEL_KEYS.sex,
  phone: FIELD_LABEL_KEYS.phone,
  location: FIELD_LABEL_KEYS.location,
  tier: 'riskTier',
  idealDays: 'idealDays',
  maxDays: 'maxDays',
  preferredChannel: 'preferredChannel',
  bestTimeStart: 'bestTimeFrom',
  bestTimeEnd: 'bestTimeTo',
  language: 'language',
  caregiverName: 'caregiver',
  caregiverRelation: 'caregiverRelation',
  caregiverPhone: 'caregiverPhone',
};
const FIELDS = Object.keys(LABELS) as (keyof DetailsDraft)[];

/** The fields the user changed from `base`, with what they typed. */
function editsOf(draft: DetailsDraft, base: DetailsDraft): Partial<DetailsDraft> {
  return Object.fromEntries(FIELDS.filter((key) => draft[key] !== base[key]).map((key) => [key, draft[key]]));
}

/** The user's edits that clash with another window's change to the same field. */
function clashes(edits: Partial<DetailsDraft>, base: DetailsDraft, current: DetailsDraft): (keyof DetailsDraft)[] {
  return (Object.keys(edits) as (keyof DetailsDraft)[]).filter((key) => current[key] !== base[key] && current[key] !== edits[key]);
}

function patchOf(draft: DetailsDraft) {
  const ideal = Number.parseInt(draft.idealDays, 10);
  const max = Number.parseInt(draft.maxDays, 10);
  return {
    name: draft.name.trim(),
    dob: optional(draft.dob),
    sex: optional(draft.sex),
    phone: optional(draft.phone),
    location: optional(draft.location),
    tier: draft.tier || undefined,
    cadence: ideal > 0 && max >= ideal ? { idealDays: ideal, maxDays: max } : undefined,
    preferences: preferencesOf(draft),
  };
}

/** A save that found a newer record merges field-wise over it; only a clash goes back to the user. */
const MERGE_ATTEMPTS = 3;

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

/** The contact rhythm in one line: the collapsed section's summary. */
export function detailsSummary(panel: Panel, client: ClientRecord): string {
  const cadence = cadenceFor(client, panel.settings.settings.value);
  return panel.host.t('cadenceDays', [String(cadence.idealDays), String(cadence.maxDays)]);
}

/**
 * Preferences that shape how to reach the client (shown on the first screen), the contact rhythm,
 * and corrections to anything read from a page (a correction wins until the page shows a
 * different value).
 */
export function ClientDetails({ client }: { client: ClientRecord }) {
  const panel = usePanel();
  const t = panel.host.t;
  return (
    <div class="client-details" data-testid="client-details">
      <p>
        <span class="label">{t('cadence')}: </span>
        <span data-testid="client-cadence">{detailsSummary(panel, client)}</span>
      </p>
      <DetailsForm key={client.id} client={client} />
    </div>
  );
}

function DetailsForm({ client }: { client: ClientRecord }) {
  const { client: clients, clock, host, notices, afterWrite } = usePanel();
  const t = host.t;
  const keptAs = `details:${client.id}`;
  const restored = useRestoredForm<{ draft: DetailsDraft; base: ClientRecord; clashing: Partial<DetailsDraft> }>(keptAs);
  const [draft, setDraft] = useState<DetailsDraft>(() => restored?.draft ?? draftOf(client));
  // The record the form was filled from: what the user changed is measured against it.
  const [base, setBase] = useState(() => restored?.base ?? client);
  const [clashing, setClashing] = useState<Partial<DetailsDraft>>(() => restored?.clashing ?? {});
  useKeepUnsavedForm(keptAs, { draft, base, clashing }, (form) => Object.keys(editsOf(form.draft, draftOf(form.base))).length > 0);
  // A newer record written elsewhere (another window, the worker applying a team sync) shows at
  // once, as a save that met it would: what the user typed stays, a field changed on both sides
  // is a clash. Left unfollowed, the form kept the values of its last save and sent them again.
  useEffect(() => {
    if (client.rev <= base.rev) return;
    const baseDraft = draftOf(base);
    const edits = editsOf(draft, baseDraft);
    const stillClashing = (Object.keys(clashing) as (keyof DetailsDraft)[]).filter((key) => key in edits);
    takeNewer(client, edits, [...new Set([...clashes(edits, baseDraft, draftOf(client)), ...stillClashing])]);
  }, [client]);
  /** Keep every field the user typed, take the newer record's values for the rest, mark the clashes. */
  function takeNewer(current: ClientRecord, edits: Partial<DetailsDraft>, clash: (keyof DetailsDraft)[]) {
    const theirs = draftOf(current);
    setBase(current);
    setDraft({ ...theirs, ...edits });
    setClashing(Object.fromEntries(clash.map((key) => [key, theirs[key]])));
  }
  const field = (key: keyof DetailsDraft) => ({
    value: draft[key],
    'aria-invalid': key in clashing ? true : undefined,
    onInput: (event: { currentTarget: HTMLInputElement | HTMLSelectElement }) => setDraft({ ...draft, [key]: event.currentTarget.value }),
  });
  const days = (key: 'idealDays' | 'maxDays') => ({ value: draft[key], invalid: key in clashing, onValue: (value: string) => setDraft({ ...draft, [key]: value }) });
  const shown = (key: keyof DetailsDraft, value: string) => {
    if (!value) return t('valueEmpty');
    if (key === 'tier') return t(TIER_KEYS[value as CadenceTier]);
    if (key === 'preferredChannel') return t(CHANNELS[value as ContactChannel]);
    return value;
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const baseDraft = draftOf(base);
    const edits = editsOf(draft, baseDraft);
    let target = base;
    for (let attempt = 1; ; attempt++) {
      try {
        const saved = await clients.update(client.id, patchOf({ ...draftOf(target), ...edits }), clock.now.peek(), target.rev);
        setBase(saved);
        setDraft(draftOf(saved));
        setClashing({});
        await afterWrite();
        notices.show({ text: t('detailsSaved', saved.name), tone: 'info' });
        return;
      } catch (error) {
        if (!(error instanceof StaleWriteError) || attempt === MERGE_ATTEMPTS) {
          notices.show({ text: saveErrorText(t, error), tone: 'error' });
          return;
        }
        const current = error.current as ClientRecord;
        const clash = clashes(edits, baseDraft, draftOf(current));
        if (clash.length === 0) {
          target = current;
          continue;
        }
        // Saving again then keeps the user's values where both changed the same field.
        takeNewer(current, edits, clash);
        notices.show({ text: t('staleWriteFields', clash.map((key) => t(LABELS[key])).join(', ')), tone: 'error' });
        return;
      }
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
              {(Object.keys(TIER_KEYS) as CadenceTier[]).map((tier) => (
                <option key={tier} value={tier}>
                  {t(TIER_KEYS[tier])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('idealDays')}
            <WholeNumberInput min={1} max={365} testId="details-ideal" {...days('idealDays')} />
          </label>
          <label>
            {t('maxDays')}
            <WholeNumberInput min={1} max={730} testId="details-max" {...days('maxDays')} />
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('preferences')}</legend>
        <div class="grid">
          <label>
            {t('preferredChannel')}
            <select data-testid="details-channel" {...field('preferredChannel')}>
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
            <input data-testid="details-language" {...field('language')} />
          </label>
          <label>
            {t('caregiver')}
            <input data-testid="details-caregiver" {...field('caregiverName')} />
          </label>
          <label>
            {t('caregiverRelation')}
            <input data-testid="details-caregiver-relation" {...field('caregiverRelation')} />
          </label>
          <label>
            {t('caregiverPhone')}
            <input type="tel" data-testid="details-caregiver-phone" {...field('caregiverPhone')} />
          </label>
        </div>
      </fieldset>
      {Object.keys(clashing).length > 0 && (
        <ul class="error" role="alert" data-testid="details-clashes">
          {(Object.entries(clashing) as [keyof DetailsDraft, string][]).map(([key, value]) => (
            <li key={key}>{t('otherWindowValue', [t(LABELS[key]), shown(key, value)])}</li>
          ))}
        </ul>
      )}
      <div class="buttons">
        <button type="submit" data-testid="details-save">
          {t('save')}
        </button>
      </div>
    </form>
  );
}
