import { beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fuzz/fake-browser')).fakeBrowser }));
vi.mock('../../../src/platform/browser', async () => ({ default: (await import('../fuzz/fake-browser')).fakeBrowser }));

import { fakeBrowser, messageListeners, resetWorld, world } from '../fuzz/fake-browser';
import { ReplyError, sendToTab } from '../../../src/messaging/transport';
import { contentSender } from '../../../src/messaging/content-transport';
import { answer as typedAnswer } from '../../../src/messaging/answers';
import { listenOnPage, sendFromPage } from '../../../src/messaging/page-transport';
import { PAGE_NOTICES, READER_COMMANDS, READER_REQUESTS, PAGE_REQUESTS, CONTENT_REQUESTS, TAB_COMMANDS, MessageSchema } from '../../../src/messaging/schema';
import * as schema from '../../../src/messaging/schema';

const answer = (value: unknown) => vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce(value as never);
const tabAnswer = (value: unknown) => vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce(value as never);

beforeEach(() => {
  resetWorld();
  vi.restoreAllMocks();
});

describe('every answer is checked before anyone reads it', () => {
  test('a well-formed answer comes back typed', async () => {
    answer({ overdue: 3 });
    expect(await sendFromPage({ type: 'badge/refresh' })).toEqual({ overdue: 3 });
    expect(await contentSender(async () => ({ profile: null, adapters: ['openemr'] }))({ type: 'site/profile-get' })).toEqual({ profile: null, adapters: ['openemr'] });
    tabAnswer({ armed: true });
    expect(await sendToTab(3, { type: 'picker/arm', field: 'name' })).toEqual({ armed: true });
  });

  test.each([
    ['a failed handler', { error: 'boom' }],
    ['no answer at all', undefined],
    ['a count that is not one', { overdue: -1 }],
    ['an extra key', { overdue: 1, names: ['Jane'] }],
  ])('%s is an error at the sender, never data', async (_label, reply) => {
    answer(reply);
    await expect(sendFromPage({ type: 'badge/refresh' })).rejects.toBeInstanceOf(ReplyError);
  });

  test.each([
    ['a failed handler', { error: 'boom' }],
    ['no answer at all', undefined],
    ['an extra key', { reading: true, names: ['Jane'] }],
    ['another value', { reading: false }],
  ])('background → tab: %s is an error at the sender, never data', async (_label, reply) => {
    tabAnswer(reply);
    await expect(sendToTab(3, { type: 'context/request' })).rejects.toBeInstanceOf(ReplyError);
  });

  const malformedContentAnswers = [
    ['context/report', { ok: 'yes' }],
    ['adapter/load', { ok: true, loaded: ['openemr'] }],
    ['site/profile-get', { profile: { origin: 'https://ehr.example.org', selectors: { ssn: '#ssn' } }, adapters: [] }],
    ['site/profile-get', { profile: null, adapters: ['openemr', 7] }],
    ['picker/picked', { ok: false }],
    ['picker/cancelled', { error: 'boom' }],
  ] as const;
  test.each(malformedContentAnswers)('content → background: a malformed answer to %s is an error at the sender, never data', async (type, reply) => {
    const sent: unknown[] = [];
    const send = contentSender(async (message) => (sent.push(message), reply));
    const message = { 'context/report': { type, context: null, url: 'https://ehr.example.org/' }, 'adapter/load': { type, id: 'openemr' }, 'site/profile-get': { type }, 'picker/picked': { type, field: 'name', selector: '#n', text: 'Jane' }, 'picker/cancelled': { type } }[type];
    await expect(send(message as never)).rejects.toThrow(`Malformed answer to ${type}`);
    // The request itself went as it was: only its answer is refused.
    expect(sent).toEqual([message]);
  });

  test('content → background: a well-formed answer comes back as the schema gives it', async () => {
    expect(await contentSender(async () => ({ ok: false }))({ type: 'context/report', context: null, url: 'https://ehr.example.org/' })).toEqual({ ok: false });
    expect(await contentSender(async () => ({ ok: true }))({ type: 'picker/cancelled' })).toEqual({ ok: true });
  });

  test('a client record in the answer is held to the model: a record with a stray field is refused', async () => {
    const tab = { tabId: 4, url: 'http://127.0.0.1/c/1', frameUrl: 'http://127.0.0.1/c/1', context: null, readAt: 1 };
    const client = { id: 'c1', createdAt: 1, updatedAt: 1, rev: 1, name: 'Jane', identities: [], identityKeys: [], searchName: 'jane' };
    answer({ tab, clientId: 'c1', client });
    expect(await sendFromPage({ type: 'context/get', tabId: 4 })).toMatchObject({ clientId: 'c1', client: { name: 'Jane' } });
    answer({ tab, clientId: 'c1', client: { ...client, sealed: {} } });
    await expect(sendFromPage({ type: 'context/get', tabId: 4 })).rejects.toBeInstanceOf(ReplyError);
  });

  test('a tab command goes to that tab only', async () => {
    tabAnswer({ reading: true });
    await sendToTab(9, { type: 'context/request' });
    expect(world.effects).toEqual([]);
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(9, { type: 'context/request' });
  });

  test('a command for one frame goes to that frame only', async () => {
    tabAnswer(undefined);
    await sendToTab(9, { type: 'reader/stop' }, 3);
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(9, { type: 'reader/stop' }, { frameId: 3 });
  });
});

describe('the background answers each request with its own reply type', () => {
  test('an answer is typed by the request it answers (the @ts-expect-error lines fail tsc if they compile)', async () => {
    expect(await typedAnswer({ type: 'badge/refresh' }, Promise.resolve({ overdue: 2 }))).toEqual({ overdue: 2 });
    expect(await typedAnswer({ type: 'adapter/load', id: 'openemr' }, Promise.resolve({ ok: false }))).toEqual({ ok: false });
    // @ts-expect-error another request's reply
    void typedAnswer({ type: 'badge/refresh' }, Promise.resolve({ ok: true }));
    // @ts-expect-error picker/picked answers ok: true only
    void typedAnswer({ type: 'picker/picked', field: 'name', selector: '#n', text: 'Jane' }, Promise.resolve({ ok: false }));
    // @ts-expect-error a tab command is not the background's to answer
    void typedAnswer({ type: 'context/request' }, Promise.resolve({ reading: true }));
    expect(typedAnswer({ type: 'sync/status' }, undefined)).toBeUndefined();
  });
});

describe('each message has one direction', () => {
  test('the six directions cover every message, and no message goes two ways', () => {
    const directions = [...PAGE_REQUESTS, ...CONTENT_REQUESTS, ...TAB_COMMANDS, ...PAGE_NOTICES, ...READER_COMMANDS, ...READER_REQUESTS];
    const all = MessageSchema.options.map((option) => option.entries.type.literal);
    expect([...directions].sort()).toEqual([...all].sort());
    expect(new Set(directions).size).toBe(directions.length);
  });
});

describe('a page hears only checked messages, though the checks load on demand', () => {
  const sender = { id: 'rapportfuzzid', url: 'chrome-extension://rapportfuzzid/background' };
  const deliver = (raw: unknown) => [...messageListeners].forEach((listener) => listener(raw, sender as never, () => undefined));

  test('messages that arrive before the checks load are checked, and handed on in the order they came', async () => {
    const heard: unknown[] = [];
    const off = listenOnPage((message) => heard.push(message));
    deliver({ type: 'picker/aborted', tabId: 1 });
    deliver({ type: 'picker/aborted', tabId: -1 });
    deliver({ type: 'no/such-message' });
    deliver({ type: 'picker/aborted', tabId: 2 });
    await vi.waitFor(() => expect(heard).toHaveLength(2));
    expect(heard).toEqual([
      { type: 'picker/aborted', tabId: 1 },
      { type: 'picker/aborted', tabId: 2 },
    ]);
    off();
  });

  test("a content script's message (a frame's snapshot) is dropped before it is parsed: pages hear the background alone", async () => {
    const heard: unknown[] = [];
    const off = listenOnPage((message) => heard.push(message));
    const content = { id: 'rapportfuzzid', url: 'https://ehr.example.org/chart', tab: { id: 4 }, frameId: 0 };
    const parse = vi.spyOn(schema, 'parseMessage');
    [...messageListeners].forEach((listener) => listener({ type: 'picker/aborted', tabId: 5 }, content as never, () => undefined));
    deliver({ type: 'picker/aborted', tabId: 6 });
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    expect(heard).toEqual([{ type: 'picker/aborted', tabId: 6 }]);
    expect(parse).toHaveBeenCalledTimes(1);
    off();
  });

  test('a message still waiting for the checks when the listener is removed is not handed on', async () => {
    const heard: unknown[] = [];
    const off = listenOnPage((message) => heard.push(message));
    deliver({ type: 'picker/aborted', tabId: 3 });
    off();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toEqual([]);
  });
});
