import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

import { messageListeners, ORIGIN, resetWorld, RUNTIME_ID, snapshot, world } from './fake-browser';
import { anySender, assertPrototypesClean, foreignSender, nearValidMessage, randomMessage, RUNS, senders, VALID_MESSAGES } from './arbitraries';
import { listen } from '../../../src/messaging/transport';
import { parseMessage } from '../../../src/messaging/schema';
import { handle, route } from '../../../src/background/router';
import { siteRoutes } from '../../../src/background/site-routes';
import { openRapportDb, type RapportDb } from '../../../src/store/db';
import { saveSiteProfile } from '../../../src/store/sites';
import type { SiteAccess } from '../../../src/background/sites';

/**
 * The background router behind the real transport listener (validation, then the sender check,
 * then the handlers) with the browser faked: storage, messages out, injections and permission
 * changes are all recorded. A message that is malformed, or comes from a sender not allowed to send
 * it, must leave all of that exactly as it was; nothing may throw out of the listener.
 */
let db: RapportDb;
let listener: (raw: unknown, sender: unknown) => Promise<unknown> | undefined;
const dbSnapshot = async () => JSON.stringify(await db.getAll('sites'));

const access = {
  enable: async (origin: string) => {
    world.effects.push(['site.enable', origin]);
    return true;
  },
} as unknown as SiteAccess;

const deps = {
  now: () => 1_700_000_000_000,
  refreshBadge: async () => {
    world.effects.push(['badge.refresh']);
    return 0;
  },
  sites: siteRoutes({ db: async () => db, access }),
};

const FROM_CONTENT = new Set(['context/report', 'adapter/load', 'site/profile-get', 'picker/picked', 'picker/cancelled']);
/** Messages that only read: even from an allowed sender they change nothing. */
const READ_ONLY = new Set(['context/get', 'site/profile-get']);

function allowed(type: string, sender: Record<string, any>): boolean {
  if (sender.id !== RUNTIME_ID || typeof sender.url !== 'string') return false;
  return FROM_CONTENT.has(type) ? sender.tab?.id !== undefined && !sender.url.startsWith(ORIGIN) : sender.url.startsWith(ORIGIN);
}

const counts = { runs: 0, invalid: 0, wrongSender: 0, acted: 0 };

async function deliver(raw: unknown, sender: Record<string, any>) {
  resetWorld();
  const before = snapshot();
  let reply: unknown;
  try {
    reply = await listener(raw, sender);
  } catch (error) {
    throw new Error(`listener threw on ${String(JSON.stringify(raw))?.slice(0, 200)}: ${error}`);
  }
  // The reply settles after the handler's last write or broadcast: compare now.
  const changed = snapshot() !== before;
  const parsed = parseMessage(raw);
  counts.runs++;
  if (!parsed.ok) {
    counts.invalid++;
    expect(changed, 'an invalid message changed state').toBe(false);
    expect(reply).toBeUndefined();
  } else if (!allowed(parsed.message.type, sender)) {
    counts.wrongSender++;
    expect(changed, `${parsed.message.type} from a wrong sender changed state`).toBe(false);
    expect(reply).toBeUndefined();
  } else {
    counts.acted++;
    // A read may ask the tab's readers to keep watching (context/watch): that changes no data.
    const effects = world.effects.filter((e) => !JSON.stringify(e).includes('"context/watch"'));
    if (READ_ONLY.has(parsed.message.type)) expect(JSON.stringify({ ...world, effects }) !== before).toBe(false);
    expect(reply === undefined || typeof reply === 'object').toBe(true);
  }
  assertPrototypesClean();
}

beforeAll(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb();
  await saveSiteProfile(db, { origin: 'https://ehr.example.org', selectors: { name: '#n' } }, 1);
  messageListeners.clear();
  listen(route(deps));
  listener = [...messageListeners][0] as typeof listener;
});
afterAll(() => {
  vi.restoreAllMocks();
  process.stdout.write(`[fuzz] background router: ${JSON.stringify(counts)}\n`);
});

describe('background router under fuzz', () => {
  // The router writes nothing to the database; the taught profiles must be exactly as seeded after.
  test(`${RUNS} random messages from any sender`, async () => {
    const dbBefore = await dbSnapshot();
    await fc.assert(fc.asyncProperty(randomMessage, anySender, (raw, sender) => deliver(raw, sender)), { numRuns: RUNS });
    expect(await dbSnapshot()).toBe(dbBefore);
  }, 120_000);

  test(`${RUNS} near-valid messages from any sender`, async () => {
    const dbBefore = await dbSnapshot();
    await fc.assert(fc.asyncProperty(nearValidMessage, anySender, (raw, sender) => deliver(raw, sender)), { numRuns: RUNS });
    expect(await dbSnapshot()).toBe(dbBefore);
  }, 120_000);

  test('valid messages from every kind of sender: the allowed ones act, none throws', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...VALID_MESSAGES), anySender, (raw, sender) => deliver(raw, sender)), {
      numRuns: 2_000,
    });
  }, 60_000);

  test('every valid message from a foreign sender is ignored', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...VALID_MESSAGES), foreignSender, async (raw, sender) => {
        await deliver(raw, sender);
        expect(world.effects).toEqual([]);
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);
});

describe('a page cannot make the extension act', () => {
  const run = async (raw: Record<string, unknown>, sender: Record<string, unknown>) => {
    resetWorld();
    const reply = await listener(raw, sender);
    return { reply, effects: world.effects, session: world.session };
  };
  const chart = { id: RUNTIME_ID, url: 'https://not-enabled.example/chart', tab: { id: 5, url: 'https://not-enabled.example/chart' }, frameId: 0 };

  test('a message claiming to come from another extension is ignored', async () => {
    for (const raw of VALID_MESSAGES) {
      const sender = { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/x.html' };
      expect(await run(raw, sender)).toEqual({ reply: undefined, effects: [], session: {} });
    }
  });

  test('a web page (as externally_connectable would deliver it) is ignored', async () => {
    for (const raw of VALID_MESSAGES) {
      const sender = { url: 'https://evil.example/', origin: 'https://evil.example', tab: { id: 5 } };
      expect(await run(raw, sender)).toEqual({ reply: undefined, effects: [], session: {} });
    }
  });

  test('our content script on a site that is not enabled cannot ask for data or actions', async () => {
    for (const raw of VALID_MESSAGES.filter((m) => !FROM_CONTENT.has(m.type as string))) {
      expect(await run(raw, chart)).toEqual({ reply: undefined, effects: [], session: {} });
    }
    // It can only report for the tab the browser says it runs in, and learns no other origin's profile.
    const report = await run({ type: 'context/report', context: null, url: chart.url }, { ...chart, tab: { id: 5, url: chart.url } });
    expect(Object.keys(report.session)).toEqual(['tab:5']);
    expect(await run({ type: 'site/profile-get' }, chart)).toMatchObject({ reply: { profile: null, adapters: [] } });
    // The adapters its page's URL matches come from the registry, here in the background.
    const openemr = 'https://not-enabled.example/openemr/interface/main/tabs/main.php';
    expect(await run({ type: 'site/profile-get', url: openemr }, chart)).toMatchObject({ reply: { profile: null, adapters: ['openemr'] } });
    expect(await run({ type: 'site/profile-get' }, { ...chart, url: openemr })).toMatchObject({ reply: { profile: null, adapters: ['openemr'] } });
    expect(parseMessage({ type: 'site/profile-get', origin: 'https://ehr.example.org' }).ok).toBe(false);
  });

  test('handle() refuses a content script that names an extension page URL', async () => {
    resetWorld();
    const forged = { id: RUNTIME_ID, url: `${ORIGIN}src/sidepanel/index.html`, tab: { id: 5 } };
    const reply = handle({ type: 'context/report', context: null, url: 'x' }, forged as never, { ...deps, runtimeId: RUNTIME_ID, extensionOrigin: ORIGIN });
    expect(reply).toBeUndefined();
    expect(world.session).toEqual({});
  });

  test('the manifest declares no externally_connectable, so pages cannot message the background', async () => {
    const { readFileSync } = await import('node:fs');
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});

test('senders arbitraries cover each kind', () => {
  expect(Object.keys(senders)).toEqual(['extensionPage', 'serviceWorker', 'ownContentScript', 'otherExtension', 'webPage', 'empty']);
});
