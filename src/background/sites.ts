import { accessPatternFor, isWebPattern } from '../domain/sites/site-access';

/** What site access needs from the browser, so the logic is testable with fakes (site-api.ts is the real one). */
export interface SiteApi {
  /** Origins the extension holds now (permissions.getAll). */
  grantedOrigins(): Promise<string[]>;
  /** The manifest's static content-script matches: those pages are read without any registration. */
  staticMatches(): string[];
  hasOrigin(pattern: string): Promise<boolean>;
  registeredScripts(): Promise<{ id: string; matches?: string[]; js?: string[] }[]>;
  register(scripts: { id: string; pattern: string; file: string }[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
  /** Ids of the open tabs whose page falls under `pattern`. */
  tabsUnder(pattern: string): Promise<number[]>;
  inject(tabId: number): Promise<boolean>;
}

const ID_PREFIX = 'rapport-site:';
export const registrationId = (pattern: string) => `${ID_PREFIX}${pattern}`;

/**
 * Keeps one content-script registration per granted origin: registered when the user grants it
 * (from the panel, or the browser's own site-access menu), dropped when revoked, and reconciled on
 * startup and install, when the bundle's file name may have changed under persisted registrations.
 */
export function createSiteAccess(api: SiteApi, contentScriptFile: string) {
  let queue: Promise<unknown> = Promise.resolve();
  /** A grant and the reconcile at install can arrive together: one change at a time. */
  const serialised = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const needsRegistration = (pattern: string) => isWebPattern(pattern) && !api.staticMatches().includes(pattern);

  async function ensureRegistered(patterns: string[]): Promise<void> {
    const have = new Set((await api.registeredScripts()).map((script) => script.id));
    const missing = patterns.filter((pattern) => !have.has(registrationId(pattern)));
    if (missing.length > 0) {
      await api.register(missing.map((pattern) => ({ id: registrationId(pattern), pattern, file: contentScriptFile })));
    }
  }

  /** Pages already open on a newly readable site get a reader now, not at their next load. */
  async function startReaders(patterns: string[]): Promise<void> {
    const tabs = new Set((await Promise.all(patterns.map((pattern) => api.tabsUnder(pattern)))).flat());
    await Promise.all([...tabs].map((tabId) => api.inject(tabId)));
  }

  async function granted(origins: string[]): Promise<void> {
    const patterns = origins.filter(needsRegistration);
    if (patterns.length === 0) return;
    await ensureRegistered(patterns);
    await startReaders(patterns);
  }

  return {
    /** The panel's "Read this site", after the user said yes: false when the grant is not there. */
    enable: (origin: string): Promise<boolean> =>
      serialised(async () => {
        const pattern = accessPatternFor(origin);
        if (!pattern || !(await api.hasOrigin(pattern))) return false;
        if (!needsRegistration(pattern)) return true;
        await ensureRegistered([pattern]);
        await startReaders([pattern]);
        return true;
      }),

    /** permissions.onAdded */
    onAdded: (origins: string[]): Promise<void> => serialised(() => granted(origins)),

    /** permissions.onRemoved */
    onRemoved: (origins: string[]): Promise<void> =>
      serialised(async () => {
        const have = new Set((await api.registeredScripts()).map((script) => script.id));
        const ids = origins.map(registrationId).filter((id) => have.has(id));
        if (ids.length > 0) await api.unregister(ids);
      }),

    /** Exactly one registration, with the current file, per granted origin; none for anything else. */
    reconcile: (): Promise<void> =>
      serialised(async () => {
        const wanted = new Set((await api.grantedOrigins()).filter(needsRegistration));
        const ours = (await api.registeredScripts()).filter((script) => script.id.startsWith(ID_PREFIX));
        const keep = ours.filter((script) => {
          const pattern = script.id.slice(ID_PREFIX.length);
          return wanted.has(pattern) && script.js?.length === 1 && script.js[0] === contentScriptFile && script.matches?.join() === pattern;
        });
        const stale = ours.filter((script) => !keep.includes(script)).map((script) => script.id);
        if (stale.length > 0) await api.unregister(stale);
        const kept = new Set(keep.map((script) => script.id));
        const missing = [...wanted].filter((pattern) => !kept.has(registrationId(pattern)));
        if (missing.length > 0) {
          await api.register(missing.map((pattern) => ({ id: registrationId(pattern), pattern, file: contentScriptFile })));
        }
      }),
  };
}

export type SiteAccess = ReturnType<typeof createSiteAccess>;
