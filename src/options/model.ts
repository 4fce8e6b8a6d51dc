import { signal } from '@preact/signals';
import type { RapportDb } from '../store/db';
import { deleteSiteProfile, listSiteProfiles } from '../store/sites';
import { isWebPattern } from '../domain/sites/site-access';
import type { SiteRecord } from '../model/records';
import type { Translate } from '../ui/translate';

/** What the options page needs from the browser; extension-host.ts is the real one. */
export interface OptionsHost {
  grantedOrigins(): Promise<string[]>;
  /** The build's static content-script matches: read always, not revocable here. */
  staticMatches(): string[];
  /** permissions.remove; the background unregisters the reader when the browser confirms. */
  revoke(pattern: string): Promise<boolean>;
  onAccessChanged(listener: () => void): void;
  /** Taught profiles changed: open pages must stop (or start) using them. */
  profilesChanged(): Promise<void>;
  t: Translate;
  now(): number;
}

export interface SiteEntry {
  pattern: string;
  builtIn: boolean;
}

export interface OptionsNotice {
  text: string;
  tone: 'info' | 'error';
}

export function createOptionsModel(host: OptionsHost, db: RapportDb) {
  const sites = signal<SiteEntry[]>([]);
  const profiles = signal<SiteRecord[]>([]);
  const notice = signal<OptionsNotice | null>(null);
  const loaded = signal(false);

  async function loadSites() {
    const builtIn = host.staticMatches().filter(isWebPattern);
    const granted = (await host.grantedOrigins()).filter((pattern) => isWebPattern(pattern) && !builtIn.includes(pattern));
    sites.value = [
      ...builtIn.map((pattern) => ({ pattern, builtIn: true })),
      ...granted.sort().map((pattern) => ({ pattern, builtIn: false })),
    ];
  }

  async function loadProfiles() {
    profiles.value = await listSiteProfiles(db);
  }

  host.onAccessChanged(() => void loadSites());

  return {
    sites,
    profiles,
    notice,
    loaded,
    async load() {
      await Promise.all([loadSites(), loadProfiles()]);
      loaded.value = true;
    },
    loadProfiles,

    async revoke(entry: SiteEntry, label: string) {
      // The browser refuses to remove access the installed build itself asked for (a test build).
      const removed = await host.revoke(entry.pattern).catch((error: unknown) => {
        console.warn('[rapport] revoke', entry.pattern, error);
        return false;
      });
      notice.value = removed
        ? { text: host.t('optionsRevoked', label), tone: 'info' }
        : { text: host.t('optionsRevokeRefused', label), tone: 'error' };
      await loadSites();
    },

    async deleteProfile(record: SiteRecord, label: string) {
      try {
        await deleteSiteProfile(db, record.id, host.now());
        notice.value = { text: host.t('optionsDeleted', label), tone: 'info' };
        await host.profilesChanged();
      } catch (error) {
        notice.value = { text: host.t('saveFailed', String(error)), tone: 'error' };
      }
      await loadProfiles();
    },
  };
}

export type OptionsModel = ReturnType<typeof createOptionsModel>;
