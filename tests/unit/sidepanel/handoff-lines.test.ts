import { describe, expect, test } from 'vitest';
import { createFormats } from '../../../src/ui/format';
import { handoffLines, localiseDates, type HandoffFacts } from '../../../src/sidepanel/components/handoff-lines';
import type { PanelHost } from '../../../src/sidepanel/host';
import { translate } from './memory-host';

/**
 * A handoff read by someone in another locale and zone than its writer: Tokyo, in German, reading
 * what a New York colleague wrote. 15:00 UTC on 27 Nov 2026 is 10:00 in New York, midnight in Tokyo.
 */
const AT = Date.UTC(2026, 10, 27, 15, 0);
const reader = (locale: string, timeZone: string) => ({
  host: { t: translate, timeZone, now: () => AT } as unknown as PanelHost,
  formats: createFormats(locale, timeZone),
});
const tokyo = reader('de-DE', 'Asia/Tokyo');
const newYork = reader('en-US', 'America/New_York');

describe('dates in the colleague\'s words', () => {
  test("discharge and TCM dates, written as ISO days, read in the reader's format", () => {
    expect(localiseDates('Discharge expected 2026-12-06: not yet confirmed', newYork.formats)).toBe('Discharge expected Dec 6, 2026: not yet confirmed');
    expect(localiseDates('Discharged 2026-11-20; TCM contact due 2026-11-24 (met)', tokyo.formats)).toBe('Discharged 20.11.2026; TCM contact due 24.11.2026 (met)');
  });

  test("an ISO instant reads in the reader's zone", () => {
    expect(localiseDates('Called 2026-11-27T15:00:00Z', tokyo.formats)).toBe('Called 28.11.2026, 00:00');
    expect(localiseDates('Called 2026-11-27T10:00:00-05:00', newYork.formats)).toBe('Called Nov 27, 2026, 10:00 AM');
  });

  test('phone numbers, identifiers, impossible days and longer numbers stay as written', () => {
    for (const line of ['Phone: 555-0101-2026', 'MRN 2026-11-27-0042', 'Seen 2026-13-45', 'Ref A2026-11-27', 'Code 12026-11-27']) {
      expect(localiseDates(line, newYork.formats)).toBe(line);
    }
  });
});

describe('lines rebuilt from the facts a handoff carries', () => {
  const facts: HandoffFacts = {
    lastContact: { at: AT, channel: 'call', direction: 'outbound', outcome: 'reached', note: 'Needs a ride on Friday' },
    callbacksOwed: [
      { dueAt: AT - 7_200_000, reason: 'Confirm the ride', overdue: true },
      { dueAt: AT + 86_400_000, overdue: false },
    ],
    painPoints: [{ text: 'Cannot afford the taxi', rootCause: 'Lost his bus pass', openedAt: AT }],
    nextAction: { ruleId: 'callback-overdue', dueAt: AT - 7_200_000, reason: 'Confirm the ride' },
  };
  const written = (code: string, lines: string[] = ['as the colleague wrote it']) => ({ code, lines });

  test("instants are the reader's: the last contact, callbacks owed, pain points and the overdue callback to return", () => {
    expect(handoffLines(written('last-contact'), facts, newYork)).toEqual(['Nov 27, 2026, 10:00 AM · Call to them · Reached', 'Needs a ride on Friday']);
    expect(handoffLines(written('last-contact'), facts, tokyo)[0]).toBe('28.11.2026, 00:00 · Call to them · Reached');
    expect(handoffLines(written('callbacks'), facts, newYork)).toEqual(['Overdue since Nov 27, 2026, 8:00 AM: Confirm the ride', 'Due Nov 28, 2026, 10:00 AM']);
    // Opened on the 27th in New York: already the 28th in Tokyo.
    expect(handoffLines(written('pain-points'), facts, tokyo)).toEqual(['Cannot afford the taxi (root cause: Lost his bus pass), since 28.11.2026']);
    expect(handoffLines(written('next-action'), facts, newYork)).toEqual(['Return the callback overdue since Nov 27, 2026, 8:00 AM: Confirm the ride']);
  });

  test("a next action that is a suggestion, and sections without facts, keep the colleague's words with the reader's dates", () => {
    const suggestion = { ...facts, nextAction: { ruleId: 'tcm-contact' } };
    expect(handoffLines(written('next-action', ['Make the TCM interactive contact by 2026-11-30']), suggestion, newYork)).toEqual(['Make the TCM interactive contact by Nov 30, 2026']);
    expect(handoffLines(written('discharge', ['In hospital since 2026-11-24']), facts, tokyo)).toEqual(['In hospital since 24.11.2026']);
    expect(handoffLines(written('callbacks', ['Overdue since Nov 27, 2026, 8:00 AM']), undefined, tokyo)).toEqual(['Overdue since Nov 27, 2026, 8:00 AM']);
  });

  test('no last contact, no callbacks: no lines, so the section says "None"', () => {
    const none: HandoffFacts = { callbacksOwed: [], painPoints: [] };
    expect(handoffLines(written('last-contact'), none, newYork)).toEqual([]);
    expect(handoffLines(written('callbacks'), none, newYork)).toEqual([]);
  });
});
