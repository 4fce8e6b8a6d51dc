import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fuzz/fake-browser')).fakeBrowser }));

import { ORIGIN, resetWorld, RUNTIME_ID } from '../fuzz/fake-browser';
import { handle, type RouterDeps } from '../../../src/background/router';
import { teamCaseloadReply } from '../../../src/background/team-reply';
import { teamRoutes } from '../../../src/background/team';
import { parseMessage } from '../../../src/messaging/schema';
import { PAGE_REPLIES } from '../../../src/messaging/page-replies';
import type { RapportDb } from '../../../src/store/db';
import type { Vault } from '../../../src/store/vault/vault';
import { saveTeamState } from '../../../src/store/team';
import { createClient } from '../../../src/store/clients';
import { saveSyncSettings } from '../../../src/sync/settings';
import { vaultTokenSealer } from '../../../src/sync/token-store';
import { SyncError } from '../../../src/sync/errors';
import { loadQueuedCallOffs, loadQueuedCovers, sendQueuedCovers } from '../../../src/sync/cover-queue';
import { countWaiting } from '../../../src/sync/status';
import { defaultSettings } from '../../../src/domain/settings/settings';
import type { Sender } from '../../../src/messaging/transport';
import type { SiteRoutes } from '../../../src/background/site-routes';
import type { Send } from '../../../src/sync/transport';
import type { CallbackRecord, ClientRecord } from '../../../src/model/records';
import type { CareTeam, HandoffNote, TeamState } from '../../../src/model/team';
import * as v from 'valibot';
import { memoryKeyRing } from '../store/vault/memory-keyring';
import { openVaulted } from '../store/vault/vaulted-db';
import { DAY_MS } from '../../../src/domain/time/dates';

const ZONE = 'America/Chicago';
const NOW = Date.UTC(2026, 2, 2, 18, 0);
const BASE = 'https://fhir.example.org/R4/';
const ALICE = { member: 'Practitioner/alice', display: 'Alice Ames' };
const BOB = { member: 'Practitioner/bob', display: 'Bob Burns' };

const client = (id: string, name: string): ClientRecord =>
  ({ id, name, identities: [], identityKeys: [], searchName: name.toLowerCase(), createdAt: NOW - 400 * DAY_MS, updatedAt: NOW - 400 * DAY_MS, rev: 1, enrolledAt: NOW - 400 * DAY_MS }) as ClientRecord;
const overdue = (clientId: string, dueAt: number): CallbackRecord => ({ id: `cb-${clientId}`, clientId, dueAt, status: 'open', createdAt: dueAt - DAY_MS, updatedAt: dueAt - DAY_MS, rev: 1 }) as CallbackRecord;
const team = (clientId: string, participants: CareTeam['participants']): CareTeam => ({ serverId: `ct-${clientId}`, patientId: `p-${clientId}`, clientId, active: true, participants });
const TEAMS = [
  team('ada', [{ ...ALICE, role: 'primary' }]),
  team('ben', [{ ...BOB, role: 'primary' }, { ...ALICE, role: 'covering', start: NOW - DAY_MS, end: NOW + 6 * DAY_MS }]),
  team('cy', [{ member: 'Practitioner/cy-cm', role: 'primary' }]),
];
const state = (role: TeamState['role']): TeamState => ({ fhirBase: BASE, user: ALICE.member, userDisplay: ALICE.display, role, colleagues: [BOB, ALICE], careTeams: TEAMS, refreshedAt: NOW });
const CLIENTS = [client('ada', 'Ada Ames'), client('ben', 'Ben Burns'), client('cy', 'Cy Cole'), client('eve', 'Eve Earl')];
const input = (team?: TeamState) => ({ clients: CLIENTS, overdue: [overdue('ben', NOW - 2 * DAY_MS)], ...(team ? { team } : {}), settings: defaultSettings(ZONE), now: NOW, timeZone: ZONE });

describe('team/caseload answer', () => {
  test('with no team known (sync off, never pulled) it says so and nothing else', () => {
    expect(teamCaseloadReply(input())).toEqual({ team: null });
  });

  test("each client's primary care manager by name (the reference when unnamed), mine, and covered by me today; colleagues without the user", () => {
    const reply = teamCaseloadReply(input(state('care-manager')));
    expect(reply.team?.clients).toEqual({
      ada: { primary: 'Alice Ames', mine: true, coveredByMe: false },
      ben: { primary: 'Bob Burns', mine: false, coveredByMe: true },
      cy: { primary: 'Practitioner/cy-cm', mine: false, coveredByMe: false },
      eve: { mine: true, coveredByMe: false },
    });
    expect(reply.team?.members).toEqual([BOB]);
    expect(reply.team?.supervisor).toBe(false);
    expect(reply.team?.byManager).toBeUndefined();
    expect(v.safeParse(PAGE_REPLIES['team/caseload'], reply).success).toBe(true);
  });

  test("a supervisor also gets the team's overdue callbacks by care manager, and the answer passes the page's check", () => {
    const reply = teamCaseloadReply(input(state('supervisor')));
    const bob = reply.team?.byManager?.find((group) => group.manager === 'Bob Burns');
    expect(bob?.overdue).toEqual([{ client: { id: 'ben', name: 'Ben Burns' }, dueAt: NOW - 2 * DAY_MS }]);
    expect(reply.team?.byManager?.find((group) => group.manager === 'Alice Ames')?.overdue).toEqual([]);
    expect(v.safeParse(PAGE_REPLIES['team/caseload'], reply).success).toBe(true);
  });
});

describe('team messages at the boundary', () => {
  const panel = { id: RUNTIME_ID, url: `${ORIGIN}src/sidepanel/index.html`, origin: ORIGIN.slice(0, -1) };
  const content = { id: RUNTIME_ID, url: 'http://127.0.0.1:8765/x', tab: { id: 4, url: 'http://127.0.0.1:8765/x' }, frameId: 0 } as Sender;
  beforeEach(() => resetWorld());
  const routed = () => {
    const calls: string[] = [];
    const deps = {
      now: () => NOW,
      refreshBadge: async () => 0,
      sites: {} as SiteRoutes,
      runtimeId: RUNTIME_ID,
      extensionOrigin: ORIGIN,
      team: {
        caseload: async () => (calls.push('caseload'), { team: null }),
        cover: async () => (calls.push('cover'), { ok: true as const, added: 1, already: 0 }),
        handoffs: async () => (calls.push('handoffs'), { handoffs: [] }),
        callOff: async () => (calls.push('call-off'), { ok: true as const, ended: 0 }),
      },
    } satisfies RouterDeps & { runtimeId: string; extensionOrigin: string };
    return { calls, deps };
  };

  test('a cover request names a colleague by reference and whole-ms times; anything else is refused', () => {
    expect(parseMessage({ type: 'team/cover', colleague: 'Practitioner/bob', start: NOW, end: NOW + DAY_MS }).ok).toBe(true);
    expect(parseMessage({ type: 'team/cover', colleague: 'javascript:alert(1)', start: NOW, end: NOW + DAY_MS }).ok).toBe(false);
    expect(parseMessage({ type: 'team/cover', colleague: 'Practitioner/bob', start: 'tomorrow', end: NOW + DAY_MS }).ok).toBe(false);
    expect(parseMessage({ type: 'team/caseload', extra: 1 }).ok).toBe(false);
    expect(parseMessage({ type: 'team/call-off', colleague: 'Practitioner/bob', start: NOW, end: NOW + DAY_MS }).ok).toBe(true);
    expect(parseMessage({ type: 'team/call-off', colleague: 'Practitioner/bob', start: NOW }).ok).toBe(false);
    expect(parseMessage({ type: 'team/call-off', colleague: '../Patient/1', start: NOW, end: NOW + DAY_MS }).ok).toBe(false);
  });

  test('extension pages reach the team routes; a content script does not', async () => {
    const { calls, deps } = routed();
    await handle({ type: 'team/caseload' }, panel, deps);
    await handle({ type: 'team/cover', colleague: 'Practitioner/bob', start: NOW, end: NOW + DAY_MS }, panel, deps);
    await handle({ type: 'team/handoffs' }, panel, deps);
    await handle({ type: 'team/call-off', colleague: 'Practitioner/bob', start: NOW, end: NOW + DAY_MS }, panel, deps);
    expect(handle({ type: 'team/caseload' }, content, deps)).toBeUndefined();
    expect(handle({ type: 'team/handoffs' }, content, deps)).toBeUndefined();
    expect(handle({ type: 'team/call-off', colleague: 'Practitioner/bob', start: NOW, end: NOW + DAY_MS }, content, deps)).toBeUndefined();
    expect(calls).toEqual(['caseload', 'cover', 'handoffs', 'call-off']);
  });
});

describe('cover for me', () => {
  let db: RapportDb;
  let vault: Vault;
  const ring = memoryKeyRing();
  beforeEach(async () => {
    ({ db, vault } = await openVaulted(ring));
    await saveSyncSettings(db, { enabled: true, fhirBase: BASE, clientId: 'rapport', fhirUser: ALICE.member, connectedAt: NOW });
    await saveTeamState(db, state('care-manager'), vaultTokenSealer(vault, ring));
  });
  afterEach(() => {
    vault.detach();
    db.close();
  });

  const routes = (send: Send) => teamRoutes({ opened: async () => ({ db, vault }), keyRing: ring, send: () => send, now: () => NOW, timeZone: ZONE });
  const server = () => {
    const puts: { url: string; participants: unknown }[] = [];
    const send = (async (method: string, url: string, options?: { json?: { participant?: unknown } }) => {
      if (method === 'GET') return { status: 200, body: { resourceType: 'CareTeam', id: url.split('/')[1], meta: { versionId: '1' }, status: 'active', subject: { reference: 'Patient/p-ada' }, participant: [] } };
      puts.push({ url, participants: options?.json?.participant });
      return { status: 200, body: {} };
    }) as Send;
    return { puts, send };
  };

  test("adds the colleague to the teams of the user's own clients and says how many", async () => {
    const { puts, send } = server();
    expect(await routes(send).cover({ type: 'team/cover', colleague: BOB.member, start: NOW + DAY_MS, end: NOW + 8 * DAY_MS })).toEqual({ ok: true, added: 1, already: 0 });
    expect(puts.map((put) => put.url)).toEqual(['CareTeam/ct-ada']);
  });

  test('refuses dates that end before they start, someone not on the team, and the user themself, without a request', async () => {
    const { puts, send } = server();
    const cover = routes(send).cover;
    expect(await cover({ type: 'team/cover', colleague: BOB.member, start: NOW + DAY_MS, end: NOW })).toEqual({ ok: false, reason: 'bad-dates' });
    expect(await cover({ type: 'team/cover', colleague: 'Practitioner/stranger', start: NOW, end: NOW + DAY_MS })).toEqual({ ok: false, reason: 'unknown-colleague' });
    expect(await cover({ type: 'team/cover', colleague: ALICE.member, start: NOW, end: NOW + DAY_MS })).toEqual({ ok: false, reason: 'unknown-colleague' });
    expect(puts).toEqual([]);
  });

  test("a server's refusal comes back as words, not a thrown error", async () => {
    const send = (async () => {
      throw new SyncError('forbidden', 'The team server refused this change.', 403);
    }) as Send;
    expect(await routes(send).cover({ type: 'team/cover', colleague: BOB.member, start: NOW, end: NOW + DAY_MS })).toEqual({ ok: false, reason: 'server', detail: 'The team server refused this change.' });
  });

  test("a cover writes each covered client's handoff summary from this device's records; team/handoffs lists those addressed to the user", async () => {
    const ada = await createClient(db, { name: 'Ada Ames', phone: '555-0100' }, NOW - DAY_MS);
    const sealer = vaultTokenSealer(vault, ring);
    const handoff: HandoffNote = { serverId: 'h1', patientId: 'p-ben', clientId: 'ben', from: BOB.member, to: ALICE.member, start: NOW - DAY_MS, end: NOW + 6 * DAY_MS, writtenAt: NOW - 2 * DAY_MS, sections: [{ code: 'reach', title: 'How to reach them', lines: ['Phone: 555-0199'] }] };
    const ended = { ...handoff, serverId: 'h0', end: NOW - 1 };
    await saveTeamState(db, { ...state('care-manager'), careTeams: [team(ada.id, [{ ...ALICE, role: 'primary' }])], handoffs: [handoff, ended] }, sealer);
    const posts: { url: string; title?: unknown }[] = [];
    const send = (async (method: string, url: string, options?: { json?: { title?: unknown } }) => {
      if (method === 'POST') posts.push({ url, title: options?.json?.title });
      if (method === 'GET') return { status: 200, body: url.startsWith('CareTeam/') ? { resourceType: 'CareTeam', id: 'ct', meta: { versionId: '1' }, status: 'active', participant: [] } : { resourceType: 'Bundle' } };
      return { status: 201, body: { id: 'c1' } };
    }) as Send;
    expect(await routes(send).cover({ type: 'team/cover', colleague: BOB.member, start: NOW + DAY_MS, end: NOW + 8 * DAY_MS })).toEqual({ ok: true, added: 1, already: 0 });
    expect(posts).toEqual([{ url: 'Composition', title: 'Handoff: Ada Ames' }, { url: 'Provenance', title: undefined }]);
    const reply = await routes(send).handoffs();
    expect(reply).toEqual({ handoffs: [handoff] });
    expect(v.safeParse(PAGE_REPLIES['team/handoffs'], reply).success).toBe(true);
  });

  test('with the server out of reach the cover is queued, said so, and sent by a later attempt; a refusal leaves nothing queued', async () => {
    const offline = (async () => {
      throw new SyncError('offline', 'Rapport could not reach the team server.');
    }) as Send;
    const request = { type: 'team/cover', colleague: BOB.member, start: NOW + DAY_MS, end: NOW + 8 * DAY_MS } as const;
    const reply = await routes(offline).cover(request);
    expect(reply).toEqual({ ok: true, added: 0, already: 0, queued: true });
    expect(v.safeParse(PAGE_REPLIES['team/cover'], reply).success).toBe(true);
    expect(await loadQueuedCovers(db)).toEqual([{ colleague: BOB.member, start: NOW + DAY_MS, end: NOW + 8 * DAY_MS, timeZone: ZONE, queuedAt: NOW }]);
    expect(await countWaiting(db)).toBe(1);

    const { puts, send } = server();
    expect(await routes(send).cover(request)).toEqual({ ok: true, added: 1, already: 0 });
    expect(puts.map((put) => put.url)).toEqual(['CareTeam/ct-ada']);
    expect(await countWaiting(db)).toBe(0);

    const refusing = (async () => {
      throw new SyncError('forbidden', 'The team server refused this change.', 403);
    }) as Send;
    expect((await routes(refusing).cover(request)).ok).toBe(false);
    expect(await loadQueuedCovers(db)).toEqual([]);
  });

  test('with sync off there is no team to cover', async () => {
    await saveSyncSettings(db, { enabled: false, fhirBase: BASE, clientId: 'rapport' });
    expect(await routes(server().send).cover({ type: 'team/cover', colleague: BOB.member, start: NOW, end: NOW + DAY_MS })).toEqual({ ok: false, reason: 'no-team' });
  });
});

describe('who covers for me, and calling a cover off', () => {
  const CAROL = { member: 'Practitioner/carol', display: 'Carol Chen' };
  const week = { start: NOW - DAY_MS, end: NOW + 6 * DAY_MS };
  const later = { start: NOW + 10 * DAY_MS, end: NOW + 12 * DAY_MS };
  const covering = (who: typeof BOB, period: { start: number; end: number }) => ({ member: who.member, role: 'covering' as const, ...period });
  const mine = (clientId: string, ...covers: CareTeam['participants']) => team(clientId, [{ ...ALICE, role: 'primary', start: NOW - 400 * DAY_MS }, ...covers]);
  const withCovers = (): TeamState => ({
    ...state('care-manager'),
    colleagues: [BOB, ALICE, CAROL],
    careTeams: [
      mine('ada', covering(BOB, week)),
      mine('dee', covering(BOB, week), covering(CAROL, later)),
      mine('fay', covering(BOB, { start: NOW - 9 * DAY_MS, end: NOW - 2 * DAY_MS })),
      // Bob's client that Alice covers: not a cover of hers, and Carol covering Bob there is not either.
      team('ben', [{ ...BOB, role: 'primary' }, { ...ALICE, role: 'covering', ...week }, covering(CAROL, week)]),
    ],
  });

  test('one row per colleague and period on her own clients, soonest first, ended covers left out; the answer passes the page check', () => {
    const reply = teamCaseloadReply({ ...input(withCovers()), queue: { covers: [], callOffs: [] } });
    expect(reply.team?.covers).toEqual([
      { colleague: BOB.member, name: 'Bob Burns', ...week, clients: 2, waiting: false },
      { colleague: CAROL.member, name: 'Carol Chen', ...later, clients: 1, waiting: false },
    ]);
    expect(v.safeParse(PAGE_REPLIES['team/caseload'], reply).success).toBe(true);
  });

  test('a cover waiting to be sent shows as waiting; one being called off is gone', () => {
    const queue = {
      covers: [{ colleague: CAROL.member, start: NOW + 20 * DAY_MS, end: NOW + 21 * DAY_MS, timeZone: ZONE, queuedAt: NOW }],
      callOffs: [{ callOff: true as const, colleague: BOB.member, ...week, queuedAt: NOW }],
    };
    expect(teamCaseloadReply({ ...input(withCovers()), queue }).team?.covers).toEqual([
      { colleague: CAROL.member, name: 'Carol Chen', ...later, clients: 1, waiting: false },
      { colleague: CAROL.member, name: 'Carol Chen', start: NOW + 20 * DAY_MS, end: NOW + 21 * DAY_MS, clients: 3, waiting: true },
    ]);
  });

  let db: RapportDb;
  let vault: Vault;
  const ring = memoryKeyRing();
  beforeEach(async () => {
    ({ db, vault } = await openVaulted(ring));
    await saveSyncSettings(db, { enabled: true, fhirBase: BASE, clientId: 'rapport', fhirUser: ALICE.member, connectedAt: NOW });
    await saveTeamState(db, withCovers(), vaultTokenSealer(vault, ring));
  });
  afterEach(() => {
    vault.detach();
    db.close();
  });

  const routes = (send: Send) => teamRoutes({ opened: async () => ({ db, vault }), keyRing: ring, send: () => send, now: () => NOW, timeZone: ZONE });
  /** A server holding the teams as the state says, answering If-Match writes. */
  const server = () => {
    const puts: { url: string; participants: { member: { reference: string }; period?: { end?: string } }[] }[] = [];
    const asFhir = (team: CareTeam) => ({
      resourceType: 'CareTeam',
      id: team.serverId,
      meta: { versionId: '1' },
      status: 'active',
      subject: { reference: `Patient/${team.patientId}` },
      participant: team.participants.map((p) => ({
        member: { reference: p.member },
        role: [{ coding: [{ system: 'https://rapport.care/fhir/CodeSystem/care-team-role', code: p.role }] }],
        ...(p.start !== undefined || p.end !== undefined ? { period: { ...(p.start !== undefined ? { start: new Date(p.start).toISOString() } : {}), ...(p.end !== undefined ? { end: new Date(p.end).toISOString() } : {}) } } : {}),
      })),
    });
    const send = (async (method: string, url: string, options?: { json?: { participant?: never } }) => {
      if (method === 'GET' && url.startsWith('CareTeam/')) return { status: 200, body: asFhir(withCovers().careTeams.find((t) => `CareTeam/${t.serverId}` === url)!) };
      if (method === 'GET') return { status: 200, body: { resourceType: 'Bundle', entry: [] } };
      puts.push({ url, participants: options?.json?.participant ?? [] });
      return { status: 200, body: {} };
    }) as Send;
    return { puts, send };
  };
  const callOff = (period: { start: number; end: number }, who = BOB) => ({ type: 'team/call-off', colleague: who.member, ...period }) as const;

  test('ends the cover on each of her teams that has it, at once drops it from her list, and leaves the other cover', async () => {
    const { puts, send } = server();
    const reply = await routes(send).callOff(callOff(week));
    expect(reply).toEqual({ ok: true, ended: 2 });
    expect(v.safeParse(PAGE_REPLIES['team/call-off'], reply).success).toBe(true);
    expect(puts.map((put) => put.url).sort()).toEqual(['CareTeam/ct-ada', 'CareTeam/ct-dee']);
    // Under way since yesterday: it ends now, and the day it ran stays on record.
    expect(puts[0]!.participants.find((p) => p.member.reference === BOB.member)?.period?.end).toBe(new Date(NOW).toISOString());
    expect((await routes(send).caseload()).team?.covers?.map((row) => row.colleague)).toEqual([CAROL.member]);
    expect(await countWaiting(db)).toBe(0);
  });

  test('a cover just asked for is on her list at once, before the next round restates the team', async () => {
    const { send } = server();
    const soon = { start: NOW + 20 * DAY_MS, end: NOW + 21 * DAY_MS };
    expect(await routes(send).cover({ type: 'team/cover', colleague: CAROL.member, ...soon })).toMatchObject({ ok: true, added: 3 });
    expect((await routes(send).caseload()).team?.covers?.find((row) => row.start === soon.start)).toEqual({ colleague: CAROL.member, name: 'Carol Chen', ...soon, clients: 3, waiting: false });
  });

  test('a cover not yet begun, called off, leaves her list at once as well', async () => {
    const { send } = server();
    expect(await routes(send).callOff(callOff(later, CAROL))).toEqual({ ok: true, ended: 1 });
    expect((await routes(send).caseload()).team?.covers?.map((row) => row.colleague)).toEqual([BOB.member]);
  });

  test('refuses a cover not on her list (another manager\'s client, an ended one, a made-up period) without a request', async () => {
    const { puts, send } = server();
    expect(await routes(send).callOff(callOff(week, CAROL))).toEqual({ ok: false, reason: 'unknown-cover' });
    expect(await routes(send).callOff(callOff({ start: NOW - 9 * DAY_MS, end: NOW - 2 * DAY_MS }))).toEqual({ ok: false, reason: 'unknown-cover' });
    expect(await routes(send).callOff(callOff({ start: NOW, end: NOW + DAY_MS }))).toEqual({ ok: false, reason: 'unknown-cover' });
    expect(puts).toEqual([]);
  });

  test('offline, the call-off is queued and counted, the cover leaves her list at once, and a later round sends it', async () => {
    const offline = (async () => {
      throw new SyncError('offline', 'Rapport could not reach the team server.');
    }) as Send;
    expect(await routes(offline).callOff(callOff(week))).toEqual({ ok: true, ended: 0, queued: true });
    expect(await countWaiting(db)).toBe(1);
    expect((await routes(offline).caseload()).team?.covers?.map((row) => row.colleague)).toEqual([CAROL.member]);
    expect(await loadQueuedCallOffs(db)).toEqual([{ callOff: true, colleague: BOB.member, ...week, queuedAt: NOW }]);

    const { puts, send } = server();
    expect((await sendQueuedCovers(db, send, withCovers(), NOW + 1_000)).problems).toEqual([]);
    expect(puts.map((put) => put.url).sort()).toEqual(['CareTeam/ct-ada', 'CareTeam/ct-dee']);
    expect(await countWaiting(db)).toBe(0);
  });

  test('a cover still waiting to be sent is dropped from the queue and never written', async () => {
    const offline = (async () => {
      throw new SyncError('offline', 'Rapport could not reach the team server.');
    }) as Send;
    const soon = { start: NOW + 30 * DAY_MS, end: NOW + 31 * DAY_MS };
    expect(await routes(offline).cover({ type: 'team/cover', colleague: CAROL.member, ...soon })).toMatchObject({ ok: true, queued: true });
    expect((await routes(offline).caseload()).team?.covers?.find((row) => row.start === soon.start)).toMatchObject({ waiting: true });
    const { puts, send } = server();
    expect(await routes(send).callOff(callOff(soon, CAROL))).toEqual({ ok: true, ended: 0 });
    expect(await loadQueuedCovers(db)).toEqual([]);
    expect(await countWaiting(db)).toBe(0);
    expect(puts).toEqual([]);
  });

  test('a refusal comes back in words and leaves nothing queued; locked and sync off say so', async () => {
    const refusing = (async () => {
      throw new SyncError('forbidden', 'The team server refused this change.', 403);
    }) as Send;
    expect(await routes(refusing).callOff(callOff(week))).toEqual({ ok: false, reason: 'server', detail: 'The team server refused this change.' });
    expect(await countWaiting(db)).toBe(0);
    await saveSyncSettings(db, { enabled: false, fhirBase: BASE, clientId: 'rapport' });
    expect(await routes(server().send).callOff(callOff(week))).toEqual({ ok: false, reason: 'no-team' });
  });
});
