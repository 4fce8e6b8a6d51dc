/**
 * A stand-in for webextension-polyfill for the message-boundary fuzz tests: every call that could
 * change something (storage, messages out, script injection, permissions, tabs) is recorded, so a
 * test can compare the world before and after a message.
 */
export const RUNTIME_ID = 'rapportfuzzid';
export const ORIGIN = `chrome-extension://${RUNTIME_ID}/`;

type Listener = (...args: any[]) => unknown;

export interface FakeWorld {
  session: Record<string, unknown>;
  local: Record<string, unknown>;
  effects: unknown[][];
}

export const world: FakeWorld = { session: {}, local: {}, effects: [] };
export const messageListeners = new Set<Listener>();

export function resetWorld(): void {
  world.session = {};
  world.local = {};
  world.effects = [];
}

/** Everything observable, as one comparable string. */
export const snapshot = () => JSON.stringify(world);

const event = (name: string, set = new Set<Listener>()) => ({
  addListener: (listener: Listener) => void set.add(listener),
  removeListener: (listener: Listener) => void set.delete(listener),
  hasListener: (listener: Listener) => set.has(listener),
  name,
});

const area = (key: 'session' | 'local') => ({
  get: async (keys?: string | string[] | null) => {
    const all = world[key];
    if (keys === null || keys === undefined) return structuredClone(all);
    const list = Array.isArray(keys) ? keys : [keys];
    return Object.fromEntries(list.filter((k) => Object.hasOwn(all, k)).map((k) => [k, structuredClone(all[k])]));
  },
  set: async (items: Record<string, unknown>) => {
    for (const [k, value] of Object.entries(items)) world[key][k] = structuredClone(value);
  },
  remove: async (keys: string | string[]) => {
    for (const k of Array.isArray(keys) ? keys : [keys]) delete world[key][k];
  },
});

const record =
  (name: string, answer: (...args: any[]) => unknown = () => undefined) =>
  async (...args: unknown[]) => {
    world.effects.push([name, ...args]);
    return answer(...args);
  };

export const fakeBrowser = {
  runtime: {
    id: RUNTIME_ID,
    getURL: (path: string) => ORIGIN + path.replace(/^\//, ''),
    getManifest: () => ({ manifest_version: 3, content_scripts: [] }),
    sendMessage: record('runtime.sendMessage'),
    onMessage: event('runtime.onMessage', messageListeners),
    onMessageExternal: event('runtime.onMessageExternal', messageListeners),
  },
  storage: { session: area('session'), local: area('local') },
  tabs: {
    sendMessage: record('tabs.sendMessage'),
    query: async () => [{ id: 1, windowId: 1, url: 'http://127.0.0.1/chart/1' }],
    get: async (id: number) => ({ id, windowId: 1, url: 'http://127.0.0.1/chart/1' }),
    create: record('tabs.create', () => ({ id: 99 })),
    update: record('tabs.update'),
    onActivated: event('tabs.onActivated'),
  },
  windows: { getCurrent: async () => ({ id: 1 }), update: record('windows.update') },
  scripting: { executeScript: record('scripting.executeScript', () => []) },
  permissions: {
    contains: async () => false,
    getAll: async () => ({ origins: [], permissions: [] }),
    request: record('permissions.request', () => false),
    remove: record('permissions.remove', () => true),
    onAdded: event('permissions.onAdded'),
    onRemoved: event('permissions.onRemoved'),
  },
  i18n: { getMessage: () => '', getUILanguage: () => 'en-US' },
};
