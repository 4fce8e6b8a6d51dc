import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../src/domain/contacts/badge';
import { cadenceState, cadenceStatus, catchUpPriority, DEFAULT_CADENCE_BY_TIER } from '../../../src/domain/contacts/cadence';
import { isOverdue } from '../../../src/domain/contacts/callbacks';
import { contactSummary, isSuccessful } from '../../../src/domain/contacts/contacts';
import { newId } from '../../../src/domain/identity/ids';
import { describeDaysAgo } from '../../../src/domain/time/relative-time';
import { epochAtLocal } from '../../../src/domain/time/dates';

const TZ = 'America/Chicago';
const at = (date: string, hh = 12) => epochAtLocal(date, hh, 0, TZ);
const c = (date: string, outcome: 'reached' | 'voicemail' | 'no-answer' | 'message-sent', hh = 12) => ({
  at: at(date, hh),
  outcome,
  direction: 'outbound' as const,
  channel: 'call' as const,
});

describe('contacts', () => {
  it('only a reached outcome is a success', () => {
    expect(isSuccessful({ outcome: 'reached', direction: 'inbound', channel: 'call' })).toBe(true);
    for (const outcome of ['voicemail', 'no-answer', 'message-sent'] as const) {
      expect(isSuccessful({ outcome, direction: 'outbound', channel: 'call' })).toBe(false);
    }
  });

  it('summarises last success and last attempt with an injected clock', () => {
    const now = at('2024-05-20', 8);
    expect(contactSummary([], now, TZ)).toEqual({});
    const s = contactSummary([c('2024-05-10', 'reached'), c('2024-05-18', 'voicemail'), c('2024-05-01', 'reached')], now, TZ);
    expect(s).toEqual({ lastSuccessAt: at('2024-05-10'), lastAttemptAt: at('2024-05-18'), daysSinceSuccess: 10 });
    expect(contactSummary([c('2024-05-20', 'reached', 7)], now, TZ).daysSinceSuccess).toBe(0);
    expect(contactSummary([c('2024-05-19', 'reached', 23)], now, TZ).daysSinceSuccess).toBe(1);
    expect(contactSummary([c('2024-05-19', 'no-answer')], now, TZ).daysSinceSuccess).toBeUndefined();
  });
});

describe('relative time', () => {
  it('maps days to i18n keys', () => {
    expect(describeDaysAgo(0)).toEqual({ key: 'today', count: 0 });
    expect(describeDaysAgo(1)).toEqual({ key: 'yesterday', count: 1 });
    expect(describeDaysAgo(12)).toEqual({ key: 'daysAgo', count: 12 });
    expect(describeDaysAgo(-2)).toEqual({ key: 'inFuture', count: 2 });
  });
});

describe('cadence', () => {
  const high = DEFAULT_CADENCE_BY_TIER.high;
  it('has the default tiers', () => {
    expect(DEFAULT_CADENCE_BY_TIER).toEqual({
      high: { idealDays: 7, maxDays: 14 },
      medium: { idealDays: 14, maxDays: 30 },
      low: { idealDays: 30, maxDays: 60 },
    });
  });
  it('classifies status at the boundaries', () => {
    expect(cadenceStatus(0, high)).toBe('ok');
    expect(cadenceStatus(7, high)).toBe('ok');
    expect(cadenceStatus(8, high)).toBe('amber');
    expect(cadenceStatus(14, high)).toBe('amber');
    expect(cadenceStatus(15, high)).toBe('red');
  });
  it('"no contact yet" is its own state, measured from the day the client joined the caseload', () => {
    expect(cadenceState({ daysSinceJoined: 0 }, high)).toEqual({ kind: 'no-contact-yet', daysSinceJoined: 0, status: 'ok' });
    expect(cadenceState({ daysSinceJoined: 10 }, high)).toEqual({ kind: 'no-contact-yet', daysSinceJoined: 10, status: 'amber' });
    expect(cadenceState({ daysSinceJoined: 40 }, high)).toEqual({ kind: 'no-contact-yet', daysSinceJoined: 40, status: 'red' });
    expect(cadenceState({ daysSinceSuccess: 3, daysSinceJoined: 40 }, high)).toEqual({ kind: 'contacted', days: 3, status: 'ok' });
    expect(cadenceState({ daysSinceSuccess: 20, daysSinceJoined: 40 }, high)).toEqual({ kind: 'contacted', days: 20, status: 'red' });
  });
  it('ranks catch-up relative to the ideal', () => {
    expect(catchUpPriority(undefined, high)).toBe(Infinity);
    expect(catchUpPriority(3, high)).toBe(0);
    expect(catchUpPriority(14, high)).toBe(1);
    expect(catchUpPriority(14, high)).toBeGreaterThan(catchUpPriority(21, DEFAULT_CADENCE_BY_TIER.medium));
  });
});

describe('callbacks', () => {
  it('is overdue when open and due at or before now', () => {
    const now = 1_700_000_000_000;
    expect(isOverdue({ status: 'open', dueAt: now }, now)).toBe(true);
    expect(isOverdue({ status: 'open', dueAt: now - 1 }, now)).toBe(true);
    expect(isOverdue({ status: 'open', dueAt: now + 1 }, now)).toBe(false);
    expect(isOverdue({ status: 'done', dueAt: now - 1 }, now)).toBe(false);
  });
});

describe('badge and ids', () => {
  it('fits the badge', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3');
    expect(badgeText(1000)).toBe('999+');
  });
  it('makes unique uuids', () => {
    const ids = new Set(Array.from({ length: 100 }, newId));
    expect(ids.size).toBe(100);
    expect([...ids][0]).toMatch(/^[0-9a-f-]{36}$/);
  });
});
