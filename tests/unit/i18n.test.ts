import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import messages from '../../public/_locales/en/messages.json';
import { autoTicks, TRUST_TAGS } from '../../src/domain/checklists/auto-ticks';
import type { AutoRuleId } from '../../src/domain/checklists/checklist';
import { addDays, epochAtLocal, DAY_MS } from '../../src/domain/time/dates';
import { DISCHARGE_ITEMS, DISCHARGE_SECTIONS } from '../../src/domain/checklists/discharge-checklist';
import {
  dischargeSectionKey,
  itemTextKey,
  itemWhyKey,
  sourceTitleKey,
  strategySummaryKey,
  strategyTitleKey,
  wordsOf,
  type Message,
} from '../../src/domain/text/message-keys';
import { bestTimePhrase } from '../../src/domain/contacts/preferences';
import { SOURCES } from '../../src/domain/text/sources';
import { SUGGESTION_RULES } from '../../src/domain/suggestions/rules';
import type { Suggestion, SuggestionInput } from '../../src/domain/suggestions/types';
import { suggestions } from '../../src/domain/suggestions/suggestions';
import { TRUST_ITEMS, TRUST_STRATEGIES } from '../../src/domain/checklists/trust-checklist';
import { translate } from './sidepanel/memory-host';
import { at, input, reached, TODAY } from './domain/trust/suggestion-input';
import type { ClientPreferences } from '../../src/model/values';
import { loadHolidayCalendar } from '../../src/domain/time/holiday-calendar';

// Suggestions count business days, with the holiday calendar the panel loads on demand.
await loadHolidayCalendar();

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const sources = filesUnder('src').map((path) => readFileSync(path, 'utf8'));
const keys = new Set(Object.keys(messages));
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const entries = messages as Record<string, Entry>;

describe('every UI string goes through chrome.i18n', () => {
  test('each key the code asks for exists in _locales/en/messages.json', () => {
    const asked = new Set<string>();
    for (const text of sources) {
      for (const match of text.matchAll(/\b(?:t|getMessage)\(\s*'([A-Za-z_]+)'/g)) asked.add(match[1] as string);
      // Keys held in lookup tables: `{ call: 'channelCall', … }` and ternaries `t(x ? 'a' : 'b')`.
      for (const match of text.matchAll(/:\s*'((?:channel|direction|outcome|cadence|field|tier|owner|tag_)[A-Za-z_]+)'/g)) asked.add(match[1] as string);
      for (const match of text.matchAll(/\bt\([^()]*\?\s*'([A-Za-z_]+)'\s*:\s*'([A-Za-z_]+)'\)/g)) {
        asked.add(match[1] as string);
        asked.add(match[2] as string);
      }
    }
    for (const tag of Object.values(TRUST_TAGS)) asked.add(`tag_${tag.replace('-', '_')}`);
    expect(asked.size).toBeGreaterThan(50);
    // A counted key is asked for by its stem; its plural forms are key_one, key_other, ….
    expect([...asked].filter((key) => !keys.has(key) && !keys.has(`${key}_other`)).sort()).toEqual([]);
  });

  test('placeholders are declared for every $NAME$ a message uses', () => {
    const broken = Object.entries(entries).filter(([, entry]) =>
      [...entry.message.matchAll(/\$([A-Z_]+)\$/g)].some((m) => !entry.placeholders?.[(m[1] as string).toLowerCase()]),
    );
    expect(broken.map(([key]) => key)).toEqual([]);
  });
});

/** The substitutions ($1, $2, …) a message takes, from the placeholders its text uses. */
function arity(key: string): number[] {
  const entry = entries[key];
  if (!entry) return [];
  return [...entry.message.matchAll(/\$([A-Z_]+)\$/g)]
    .flatMap((m) => [...(entry.placeholders?.[(m[1] as string).toLowerCase()]?.content.matchAll(/\$(\d)/g) ?? [])])
    .map((m) => Number(m[1]))
    .sort();
}

/** Problems with a message the domain builds: a missing key, or substitutions its text does not take. */
/** Inner messages (not plain strings or dates). */
const innerOf = (m: Message): Message[] => m.args.filter((arg): arg is Message => typeof arg !== 'string' && 'key' in arg);
/** A counted message has plural forms: English needs `_one` and `_other`. */
const formsOf = (m: Message): string[] => (m.count === undefined ? [m.key] : [`${m.key}_one`, `${m.key}_other`]);

function problemsOf(m: Message): string[] {
  const own = formsOf(m).flatMap((key) => {
    if (!keys.has(key)) return [`${key}: no such message`];
    const used = [...new Set(arity(key))];
    const wanted = m.args.map((_, index) => index + 1);
    return used.join() === wanted.join() ? [] : [`${key}: takes $${used.join(', $')} but is given ${m.args.length}`];
  });
  return [...own, ...innerOf(m).flatMap(problemsOf)];
}

function keysIn(m: Message): string[] {
  return [...formsOf(m), ...innerOf(m).flatMap(keysIn)];
}

describe('the words of the domain templates and rules are in messages.json', () => {
  test('every checklist item, strategy, discharge section and source has its words', () => {
    const wanted = [
      ...[...TRUST_ITEMS, ...DISCHARGE_ITEMS].flatMap((item) => [itemTextKey(item.id), itemWhyKey(item.id)]),
      ...TRUST_STRATEGIES.flatMap((strategy) => [strategyTitleKey(strategy.id), strategySummaryKey(strategy.id)]),
      ...DISCHARGE_SECTIONS.map(dischargeSectionKey),
      ...Object.keys(SOURCES).map(sourceTitleKey),
    ];
    expect(wanted.length).toBeGreaterThan(100);
    expect(wanted.filter((key) => !keys.has(key))).toEqual([]);
    // Template words are plain text: a stray $ would be read as a placeholder.
    expect(wanted.filter((key) => entries[key]?.message.includes('$'))).toEqual([]);
  });

  test('every auto-tick reason names a message with the substitutions it takes', () => {
    const now = epochAtLocal('2026-05-20', 12, 0, 'America/New_York');
    const ticks = autoTicks({
      now,
      timeZone: 'America/New_York',
      callbacks: [{ createdAt: now - 5 * DAY_MS, dueAt: now - 3 * DAY_MS, status: 'done', doneAt: now - 4 * DAY_MS }],
      contacts: Object.values(TRUST_TAGS).map((tag) => ({ at: now - DAY_MS, outcome: 'reached', tags: [tag], direction: 'outbound', channel: 'call' })),
      painPoints: [{ status: 'relieved', relievedAt: now - DAY_MS }],
    });
    const rules = new Set<AutoRuleId | undefined>(TRUST_ITEMS.filter((item) => ticks.has(item.id)).map((item) => item.auto));
    expect([...rules].sort()).toEqual([...new Set(TRUST_ITEMS.flatMap((item) => (item.auto ? [item.auto] : [])))].sort());
    expect([...ticks.values()].flatMap((tick) => problemsOf(tick.reason))).toEqual([]);
    expect(wordsOf(ticks.get('trust.more.unexpected-call')!.reason, translate)).toBe('Contact on 2026-05-19 tagged "Extra mile"');
    expect(wordsOf(ticks.get('trust.respect.callbacks-on-time')!.reason, translate)).toBe('All 1 callbacks of the last 30 days returned on time');
  });

  test('every best-time phrase names messages with the substitutions they take', () => {
    const channels: ClientPreferences['preferredChannel'][] = ['call', 'text', 'email', 'visit', 'video', 'letter'];
    const phrases = channels.flatMap((preferredChannel) =>
      [
        { bestTimeStart: '16:00', bestTimeEnd: '18:00' },
        { bestTimeStart: '11:00', bestTimeEnd: '13:30' },
        { bestTimeStart: '17:30' },
        { bestTimeEnd: '10:00' },
      ].map((times) => bestTimePhrase({ preferredChannel, ...times })!),
    );
    expect(phrases.flatMap(problemsOf)).toEqual([]);
    expect(phrases.map((phrase) => wordsOf(phrase, translate)).slice(0, 4)).toEqual([
      'call between 4 and 6 pm',
      'call between 11 am and 1:30 pm',
      'call after 5:30 pm',
      'call before 10 am',
    ]);
  });

  describe('suggestions', () => {
    const discharged = { admitDate: '2026-05-10', dischargeDate: '2026-05-15', dischargeActual: true };
    const early = [reached('2026-05-14')];
    // One input per way each rule can word itself.
    const scenarios: SuggestionInput[] = [
      input({ page: { location: '4 West' } }, { admitDate: '2026-05-18' }),
      input({ page: { location: 'MICU, Bed 6' } }, { admitDate: '2026-05-18' }),
      input({ page: { location: 'Isolation room 3' } }, { admitDate: '2026-05-18', preferences: { caregiver: { name: 'Maria' } } }),
      input({}, { admitDate: '2026-05-18', dischargeDate: TODAY }),
      input({}, { admitDate: '2026-05-18', dischargeDate: addDays(TODAY, 1) }),
      input({}, { admitDate: '2026-05-18', dischargeDate: addDays(TODAY, 3) }),
      input({ now: at('2026-05-18'), contacts: early }, discharged),
      input({ now: at('2026-05-19'), contacts: early }, discharged),
      input({ now: at('2026-05-20'), contacts: early }, discharged),
      input({ contacts: [] }),
      input({ contacts: [reached('2026-05-19')] }, { cadence: { idealDays: 1, maxDays: 3 } }),
      input({ contacts: [reached('2026-05-13')] }, { preferences: { bestTimeStart: '16:00', bestTimeEnd: '18:00' } }),
      input({}, { dob: '1950-05-20' }),
      input({}, { dob: '1950-05-21' }),
      input({}, { dob: '1950-05-23' }),
      input({ painPoints: [{ id: 'p1', text: 'Pharmacy keeps losing the refill', status: 'open', openedAt: at(TODAY) - 10 * DAY_MS }] }),
      input({
        now: at(TODAY, 16, 30),
        callbacks: [
          { id: 'a', dueAt: at(TODAY, 17, 30), status: 'open' },
          { id: 'b', dueAt: at('2026-05-21', 10, 15), status: 'open' },
        ],
      }),
    ];
    const all: Suggestion[] = scenarios.flatMap((scenario) => suggestions(scenario));

    test('every rule is worded in some scenario, so a new rule must bring its own', () => {
      expect([...new Set(all.map((s) => s.ruleId))].sort()).toEqual(SUGGESTION_RULES.map((rule) => rule.id).sort());
    });

    test('every title and reason names a message with the substitutions it takes', () => {
      expect(all.flatMap((s) => [...problemsOf(s.title), ...problemsOf(s.reason)])).toEqual([]);
    });

    test('every suggestion message is one some rule words, so none is left behind', () => {
      const used = new Set(all.flatMap((s) => [...keysIn(s.title), ...keysIn(s.reason)]));
      expect([...keys].filter((key) => key.startsWith('suggestion_') && !used.has(key))).toEqual([]);
      expect(['dayCount_one', 'dayCount_other'].filter((key) => !used.has(key))).toEqual([]);
    });

    test('the English is what the rules said before their words moved to messages.json', () => {
      const words = (ruleId: string, part: 'title' | 'reason') => all.filter((s) => s.ruleId === ruleId).map((s) => wordsOf(s[part], translate));
      expect(words('check-in', 'reason')).toContain('Last reached 7 days ago (ideal: every 14 days); call between 4 and 6 pm.');
      expect(words('check-in', 'reason')).toContain('Last reached 1 day ago (ideal: every 1 day).');
      expect(words('check-in', 'reason')).toContain('No successful contact yet.');
      expect(words('discharge-prep', 'reason')).toContain(
        'Discharge expected on 2026-05-21 (in 1 day): services, medicines, appointments, teach-back.',
      );
      expect(words('birthday', 'reason')).toEqual(expect.arrayContaining(["Ada Quinn's birthday is today.", "Ada Quinn's birthday is in 3 days."]));
      expect(words('pain-point-stale', 'reason')).toEqual(['"Pharmacy keeps losing the refill" has been open for 10 days.']);
      expect(words('callback-due-soon', 'reason').sort()).toEqual([
        'A promised callback is due 2026-05-21 at 10:15 AM.',
        'A promised callback is due today at 5:30 PM.',
      ]);
      expect(words('tcm-contact', 'reason')).toContain('Discharged 2026-05-15; the interactive contact (2 business days) was due 2026-05-19.');
      expect(words('inpatient-visit', 'title')).toContain('Drop in to say hi (4 West)');
    });
  });
});
