import browser from 'webextension-polyfill';
import { countOverdue, nextDueAfter } from '../store/callbacks';
import type { RapportDb } from '../store/db';
import { loadSettings } from '../store/settings';
import { badgeText } from '../domain/contacts/badge';
import { tooltipFor } from './tooltip';

export const BADGE_ALARM = 'rapport:next-callback-due';
const OVERDUE_RED = '#B71C1C';

const t = (key: string, substitutions?: string | string[]) => browser.i18n.getMessage(key, substitutions) || key;

/**
 * Recounts from the database every time (the worker keeps no state between wakes) and arms one
 * alarm for the next due time, so the badge turns without anyone opening the panel. The tooltip
 * names clients only when the user turned that on (Settings): it is visible to anyone passing.
 */
export async function refreshBadge(db: RapportDb, now: number): Promise<number> {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const [overdue, nextDue, settings] = await Promise.all([countOverdue(db, now), nextDueAfter(db, now), loadSettings(db, timeZone)]);
  const title = await tooltipFor(db, now, overdue, settings.showNamesOutsidePanel, t);
  await Promise.all([
    browser.action.setBadgeText({ text: badgeText(overdue) }),
    browser.action.setBadgeBackgroundColor({ color: OVERDUE_RED }),
    browser.action.setTitle({ title }),
    'setBadgeTextColor' in browser.action ? browser.action.setBadgeTextColor({ color: '#FFFFFF' }) : undefined,
    nextDue === undefined ? browser.alarms.clear(BADGE_ALARM) : browser.alarms.create(BADGE_ALARM, { when: nextDue }),
  ]);
  return overdue;
}
