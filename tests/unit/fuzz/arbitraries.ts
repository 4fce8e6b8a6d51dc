import fc from 'fast-check';
import { ORIGIN, RUNTIME_ID } from './fake-browser';

/** Runs per property: 10,000 random plus 10,000 near-valid messages at each boundary. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

const context = { name: 'Jane M Doe', mrn: 'MRN-100234', dob: '1950-01-05', source: 'demo-classic', confidence: 0.95 };
const tab = { tabId: 4, url: 'http://127.0.0.1/c/1', frameUrl: 'http://127.0.0.1/c/1', context, readAt: 1 };

/** One well-formed example of every message in the schema: the seeds the mutations start from. */
export const VALID_MESSAGES: Record<string, unknown>[] = [
  { type: 'context/report', context, url: 'http://127.0.0.1/c/1' },
  { type: 'context/report', context: null, url: 'http://127.0.0.1/list' },
  { type: 'context/report', context, url: 'http://127.0.0.1/frame', view: { width: 800, height: 600, visible: true } },
  { type: 'adapter/load', id: 'openemr' },
  { type: 'context/watch' },
  { type: 'context/get', tabId: 4 },
  { type: 'context/request' },
  { type: 'reader/stop' },
  { type: 'context/changed', tabId: 4, tab },
  { type: 'context/changed', tabId: 4, tab: null },
  { type: 'badge/refresh' },
  { type: 'context/reread', tabId: 4 },
  { type: 'site/enable', origin: 'https://ehr.example.org' },
  { type: 'site/profile-get' },
  { type: 'site/profiles-changed' },
  { type: 'site/profile-changed' },
  { type: 'picker/start', tabId: 4, field: 'name' },
  { type: 'picker/stop', tabId: 4 },
  { type: 'picker/arm', field: 'mrn' },
  { type: 'picker/disarm' },
  { type: 'picker/picked', field: 'mrn', selector: '#mrn', text: 'MRN-1' },
  { type: 'picker/cancelled' },
  { type: 'picker/result', tabId: 4, frameUrl: 'http://127.0.0.1/c/1', field: 'dob', selector: '#dob', text: '1950-01-05' },
  { type: 'picker/aborted', tabId: 4 },
  { type: 'shortcut/done', record: { kind: 'logged', tabId: 4, at: 1, contactId: 'c1', clientId: 'k1', name: 'Jane' } },
  { type: 'shortcut/done', record: { kind: 'no-client', tabId: 4, at: 1 } },
  { type: 'panel/show', request: { view: 'caseload', at: 1 } },
];

const TYPES = [...new Set(VALID_MESSAGES.map((m) => m.type as string))];
const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

/** Values a field should never hold: wrong types, huge strings, odd numbers, polluting objects. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(-1, -0, NaN, Infinity, -Infinity, 2 ** 53, 1e308, 0.5, null, undefined, true, '', [], {}),
  fc.constantFrom(...TYPES),
  fc.integer(),
  fc.string({ maxLength: 40 }),
  fc.nat({ max: 3 }).map((n) => 'x'.repeat([5_000, 70_000, 300, 4097][n]!)),
  fc.constantFrom(...POLLUTING_KEYS).map((key) => JSON.parse(`{"${key}": {"polluted": true}}`)),
  fc.constant(Object.create(null)),
  fc.anything({ maxDepth: 2, withNullPrototype: true, withObjectString: true, withSparseArray: true }),
);

/** A valid message with one to three things wrong with it. */
export const nearValidMessage: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.constantFrom(...VALID_MESSAGES),
    fc.array(
      fc.oneof(
        fc.record({ op: fc.constant('set' as const), key: fc.string({ maxLength: 12 }), value: hostileValue }),
        fc.record({ op: fc.constant('replace' as const), index: fc.nat(), value: hostileValue }),
        fc.record({ op: fc.constant('drop' as const), index: fc.nat() }),
        fc.record({ op: fc.constant('pollute' as const), key: fc.constantFrom(...POLLUTING_KEYS), value: hostileValue }),
        fc.record({ op: fc.constant('retype' as const), type: fc.constantFrom(...TYPES) }),
        fc.record({ op: fc.constant('nest' as const), index: fc.nat(), value: hostileValue }),
      ),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([seed, mutations]) => {
    const message: Record<string, unknown> = structuredClone(seed);
    for (const mutation of mutations) {
      const keys = Object.keys(message);
      switch (mutation.op) {
        case 'set':
          message[mutation.key] = mutation.value;
          break;
        case 'replace':
          message[keys[mutation.index % keys.length]!] = mutation.value;
          break;
        case 'drop':
          delete message[keys[mutation.index % keys.length]!];
          break;
        case 'pollute':
          // An own "__proto__" key, as JSON.parse makes it (a plain assignment would set the prototype).
          Object.defineProperty(message, mutation.key, { value: mutation.value, enumerable: true, configurable: true, writable: true });
          break;
        case 'retype':
          message.type = mutation.type;
          break;
        case 'nest': {
          const key = keys[mutation.index % keys.length]!;
          const inner = message[key];
          if (inner && typeof inner === 'object') (inner as Record<string, unknown>).extra = mutation.value;
          else message[key] = { value: mutation.value };
          break;
        }
      }
    }
    return message;
  });

/** Anything at all, including objects that carry a message type and junk. */
export const randomMessage: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true, withBigInt: true, withDate: true, withMap: true, withSet: true }),
  fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('type', ...POLLUTING_KEYS)), hostileValue, { maxKeys: 5 }),
  fc.record({ type: fc.oneof(fc.constantFrom(...TYPES), fc.string({ maxLength: 20 })) }, { requiredKeys: [] }).chain((base) =>
    fc.dictionary(fc.string({ maxLength: 10 }), hostileValue, { maxKeys: 4 }).map((rest) => ({ ...rest, ...base })),
  ),
);

const tabIds = fc.oneof(fc.constantFrom(-1, NaN, Infinity, 0, 2 ** 31), fc.integer({ min: -5, max: 5000 }));

/**
 * Who claims to send it. The browser fills `sender` in truthfully, so most of these cannot happen;
 * the receivers must still hold when they do.
 */
export const senders = {
  extensionPage: fc.constant({ id: RUNTIME_ID, url: `${ORIGIN}src/sidepanel/index.html`, origin: ORIGIN.slice(0, -1) }),
  serviceWorker: fc.constant({ id: RUNTIME_ID, url: `${ORIGIN}service-worker-loader.js`, origin: ORIGIN.slice(0, -1) }),
  ownContentScript: fc.record({
    id: fc.constant(RUNTIME_ID),
    url: fc.constantFrom('http://127.0.0.1:8765/classic/chart/1', 'https://ehr.example.org/chart'),
    tab: fc.record({ id: tabIds, url: fc.constant('http://127.0.0.1:8765/classic/chart/1') }),
    frameId: fc.oneof(fc.constant(0), tabIds),
  }),
  otherExtension: fc.record({
    id: fc.constantFrom('otherextensionid', '', 'rapportfuzzid2'),
    url: fc.constantFrom(`chrome-extension://otherextensionid/page.html`, `${ORIGIN}src/sidepanel/index.html`),
  }),
  /** A web page reaching in (externally_connectable) or a script that forged its identity. */
  webPage: fc.record(
    {
      id: fc.constantFrom(undefined, 'otherextensionid'),
      url: fc.constantFrom('https://evil.example/', 'http://127.0.0.1:8765/classic/chart/1', `${ORIGIN}x`),
      origin: fc.constantFrom('https://evil.example', 'null'),
      tab: fc.record({ id: tabIds }),
    },
    { requiredKeys: ['url'] },
  ),
  empty: fc.constantFrom({}, { id: RUNTIME_ID }, { url: ORIGIN }),
};

export const anySender = fc.oneof(...Object.values(senders));
export const foreignSender = fc.oneof(senders.otherExtension, senders.webPage, senders.empty);

export function assertPrototypesClean(): void {
  for (const proto of [Object.prototype, Array.prototype, Function.prototype]) {
    if (Object.hasOwn(proto, 'polluted') || (proto as Record<string, unknown>).polluted !== undefined) {
      throw new Error('prototype polluted');
    }
  }
}
