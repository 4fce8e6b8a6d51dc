import { DEFAULT_CADENCE_BY_TIER } from '../contacts/cadence';
import { DEFAULT_SCHEDULE } from '../time/default-schedule';
import { LOCK_AFTER_MINUTES, SEEN_RETENTION_DAYS } from '../../model/plain';
import type { Settings } from '../../model/settings';
import type { Cadence, CadenceTier } from '../../model/values';

export function defaultSettings(timeZone: string): Settings {
  return {
    schedule: { ...DEFAULT_SCHEDULE, timeZone, workingDays: [...DEFAULT_SCHEDULE.workingDays], extraHolidays: [] },
    promptnessHours: 4,
    cadenceByTier: {
      high: { ...DEFAULT_CADENCE_BY_TIER.high },
      medium: { ...DEFAULT_CADENCE_BY_TIER.medium },
      low: { ...DEFAULT_CADENCE_BY_TIER.low },
    },
    defaultTier: 'medium',
    notifyWhenDue: false,
    showNamesOutsidePanel: false,
    lockAfterMinutes: LOCK_AFTER_MINUTES.default,
    seenRetentionDays: SEEN_RETENTION_DAYS.default,
  };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Settings as this device's own database holds them, which only ever receives them checked
 * (saveSettings and a backup's import both write normaliseSettings' output): a field an older
 * version did not know yet takes its default, and nothing is checked again. A reader that cannot
 * load the schema library before its first screen (the side panel) reads them so; every other
 * reader checks them with normaliseSettings.
 */
export function storedSettings(raw: unknown, timeZone: string): Settings {
  const base = defaultSettings(timeZone);
  if (!isPlainObject(raw)) return base;
  const stored = structuredClone(raw) as Partial<Settings>;
  return {
    ...base,
    ...stored,
    schedule: { ...base.schedule, ...stored.schedule },
    cadenceByTier: { ...base.cadenceByTier, ...stored.cadenceByTier },
  };
}

/** A client's own interval when set, else their tier's, else the default tier's. */
export function cadenceFor(client: { tier?: CadenceTier; cadence?: Cadence }, settings: Settings): Cadence {
  return client.cadence ?? settings.cadenceByTier[client.tier ?? settings.defaultTier];
}
