import { describe, expect, test } from 'vitest';
import { createCoverModel } from '../../../src/sidepanel/models/cover';
import type { TeamCoverReply } from '../../../src/messaging/team-messages';
import { startOfLocalDay } from '../../../src/domain/time/dates';

const ZONE = 'America/Chicago';
// 2026-03-06, a Friday, mid-morning in Chicago.
const NOW = Date.UTC(2026, 2, 6, 16, 0);

function model(answer: (request: { colleague: string; start: number; end: number }) => Promise<TeamCoverReply>) {
  const asked: { colleague: string; start: number; end: number }[] = [];
  const cover = createCoverModel({
    cover: (request) => (asked.push(request), answer(request)),
    now: () => NOW,
    timeZone: ZONE,
    nameOf: (member) => (member === 'Practitioner/bob' ? 'Bob Burns' : member),
  });
  return { cover, asked };
}

describe('cover for me', () => {
  test('sends whole local days, first day from midnight to the end of the last, and says who covers what', async () => {
    const { cover, asked } = model(async () => ({ ok: true, added: 3, already: 1 }));
    cover.colleague.value = 'Practitioner/bob';
    cover.from.value = '2026-03-09';
    cover.to.value = '2026-03-13';
    await cover.submit();
    // Across the DST change of 2026-03-08 in Chicago: midnight is still local midnight.
    expect(asked).toEqual([{ colleague: 'Practitioner/bob', start: startOfLocalDay('2026-03-09', ZONE), end: startOfLocalDay('2026-03-14', ZONE) - 1 }]);
    expect(asked[0]!.start).toBe(Date.UTC(2026, 2, 9, 5, 0));
    expect(cover.outcome.value).toEqual({ kind: 'done', name: 'Bob Burns', from: '2026-03-09', to: '2026-03-13', added: 3, already: 1 });
  });

  test('a cover the worker queued (team server out of reach) is said as waiting, not as done', async () => {
    const { cover } = model(async () => ({ ok: true, added: 0, already: 0, queued: true }));
    cover.colleague.value = 'Practitioner/bob';
    cover.from.value = '2026-03-09';
    cover.to.value = '2026-03-13';
    await cover.submit();
    expect(cover.outcome.value).toEqual({ kind: 'queued', name: 'Bob Burns', from: '2026-03-09', to: '2026-03-13' });
  });

  test('asks nothing without a colleague, with the days backwards, or with a cover already over', async () => {
    const { cover, asked } = model(async () => ({ ok: true, added: 1, already: 0 }));
    await cover.submit();
    expect(cover.outcome.value).toEqual({ kind: 'problem', key: 'coverChooseColleague' });
    cover.colleague.value = 'Practitioner/bob';
    cover.from.value = '2026-03-13';
    cover.to.value = '2026-03-09';
    await cover.submit();
    expect(cover.outcome.value).toEqual({ kind: 'problem', key: 'coverBadDates' });
    cover.from.value = '2026-03-02';
    cover.to.value = '2026-03-05';
    await cover.submit();
    expect(cover.outcome.value).toEqual({ kind: 'problem', key: 'coverBadDates' });
    cover.to.value = '';
    await cover.submit();
    expect(cover.outcome.value).toEqual({ kind: 'problem', key: 'coverBadDates' });
    expect(asked).toEqual([]);
  });

  test("the background's refusal and a failed request come back as words to show", async () => {
    const refused = model(async () => ({ ok: false, reason: 'server', detail: 'HTTP 403' }));
    refused.cover.colleague.value = 'Practitioner/bob';
    await refused.cover.submit();
    expect(refused.cover.outcome.value).toEqual({ kind: 'problem', key: 'coverServer', detail: 'HTTP 403' });

    const stranger = model(async () => ({ ok: false, reason: 'unknown-colleague' }));
    stranger.cover.colleague.value = 'Practitioner/zed';
    await stranger.cover.submit();
    expect(stranger.cover.outcome.value).toEqual({ kind: 'problem', key: 'coverUnknownColleague' });

    const lost = model(async () => {
      throw new Error('worker gone');
    });
    lost.cover.colleague.value = 'Practitioner/bob';
    await lost.cover.submit();
    expect(lost.cover.outcome.value).toEqual({ kind: 'problem', key: 'coverFailed', detail: 'Error: worker gone' });
  });

  test('a second press while the first is on its way sends nothing more', async () => {
    let release: (reply: TeamCoverReply) => void = () => undefined;
    const { cover, asked } = model(() => new Promise((resolve) => (release = resolve)));
    cover.colleague.value = 'Practitioner/bob';
    const first = cover.submit();
    await cover.submit();
    release({ ok: true, added: 1, already: 0 });
    await first;
    expect(asked).toHaveLength(1);
    expect(cover.outcome.value.kind).toBe('done');
  });
});
