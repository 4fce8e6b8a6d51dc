import browser from 'webextension-polyfill';
import { countOverdue, nextDueAfter } from '../store/callbacks';
import type { RapportDb } from '../store/db';
import { badgeText } from '../domain/badge';

export const BADGE_ALARM = 'rapport:next-callback-due';
const OVERDUE_RED = '#B71C1C';

/**
 * Recounts from the database every time (the worker keeps no state between wakes) and arms one
 * alarm for the next due time, so the badge turns without anyone opening the panel.
 */
export async function refreshBadge(db: RapportDb, now: number): Promise<number> {
  const [overdue, nextDue] = await Promise.all([countOverdue(db, now), nextDueAfter(db, now)]);
  await Promise.all([
    browser.action.setBadgeText({ text: badgeText(overdue) }),
    browser.action.setBadgeBackgroundColor({ color: OVERDUE_RED }),
    browser.action.setTitle({
      title:
        overdue === 0
          ? browser.i18n.getMessage('actionTitle')
          : browser.i18n.getMessage('badgeTitleOverdue', [String(overdue)]),
    }),
  ]);
  if ('setBadgeTextColor' in browser.action) await browser.action.setBadgeTextColor({ color: '#FFFFFF' });
  if (nextDue === undefined) await browser.alarms.clear(BADGE_ALARM);
  else browser.alarms.create(BADGE_ALARM, { when: nextDue });
  return overdue;
}
