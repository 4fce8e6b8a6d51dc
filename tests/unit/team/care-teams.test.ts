import { describe, expect, test } from 'vitest';
import { activeAt, patientsInScope, primaryAt } from '../../../src/domain/team/care-teams';
import type { CareTeam } from '../../../src/model/team';
import { DAY_MS } from '../../../src/domain/time/dates';

const T0 = Date.UTC(2026, 2, 2, 14, 0);
const team = (patientId: string, participants: CareTeam['participants'], active = true): CareTeam => ({ serverId: `ct-${patientId}`, patientId, active, participants });

describe('care team rules', () => {
  test('a period holds its own ends; open sides are unbounded', () => {
    const p = { member: 'Practitioner/a', role: 'covering' as const, start: T0, end: T0 + DAY_MS };
    expect([activeAt(p, T0 - 1), activeAt(p, T0), activeAt(p, T0 + DAY_MS), activeAt(p, T0 + DAY_MS + 1)]).toEqual([false, true, true, false]);
    expect(activeAt({ member: 'Practitioner/a', role: 'primary' }, T0)).toBe(true);
  });

  test("the device syncs the active teams' patients its people are on, coverage to come included, ended ones and inactive teams not", () => {
    const teams = [
      team('p1', [{ member: 'Practitioner/a', role: 'primary' }]),
      team('p2', [{ member: 'Practitioner/b', role: 'primary' }]),
      team('p3', [{ member: 'Practitioner/a', role: 'covering', start: T0 + 3 * DAY_MS, end: T0 + 9 * DAY_MS }]),
      team('p4', [{ member: 'Practitioner/a', role: 'covering', start: T0 - 9 * DAY_MS, end: T0 - DAY_MS }]),
      team('p5', [{ member: 'Practitioner/a', role: 'primary' }], false),
    ];
    expect([...patientsInScope(teams, new Set(['Practitioner/a']), T0)]).toEqual(['p1', 'p3']);
    expect([...patientsInScope(teams, new Set(['Practitioner/a', 'Practitioner/b']), T0)]).toEqual(['p1', 'p2', 'p3']);
  });

  test("the primary care manager is the one whose period holds the moment; of two, the later start", () => {
    const handedOver = team('p1', [
      { member: 'Practitioner/a', role: 'primary', start: T0 - 30 * DAY_MS },
      { member: 'Practitioner/b', role: 'primary', start: T0 - DAY_MS },
      { member: 'Practitioner/c', role: 'covering', start: T0 - DAY_MS },
    ]);
    expect(primaryAt(handedOver, T0)?.member).toBe('Practitioner/b');
    expect(primaryAt(handedOver, T0 - 2 * DAY_MS)?.member).toBe('Practitioner/a');
    expect(primaryAt(team('p2', [{ member: 'Practitioner/c', role: 'covering' }]), T0)).toBeUndefined();
  });
});
