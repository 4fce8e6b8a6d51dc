import { describe, expect, test } from 'vitest';
import { createOptionsModel, type OptionsHost } from '../../../src/options/model';
import { listSiteProfiles, saveSiteProfile } from '../../../src/store/sites';
import { translate } from '../sidepanel/memory-host';
import { useFreshDb, T0 } from '../store/helpers';

const db = useFreshDb();

/** permissions.remove faked: the browser agrees, refuses, or throws (a grant the manifest holds). */
function fakeOptionsHost(granted: string[], removal: 'ok' | 'refused' | 'throws' = 'ok') {
  const calls: string[] = [];
  const host: OptionsHost = {
    grantedOrigins: async () => [...granted],
    staticMatches: () => ['http://127.0.0.1/*'],
    revoke: async (pattern) => {
      calls.push(`remove ${pattern}`);
      if (removal === 'throws') throw new Error('You cannot remove required permissions.');
      if (removal === 'refused') return false;
      granted.splice(granted.indexOf(pattern), 1);
      return true;
    },
    onAccessChanged: () => undefined,
    profilesChanged: async () => void calls.push('profiles changed'),
    t: translate,
    now: () => T0,
  };
  return { host, calls };
}

describe('the options page model', () => {
  test('lists built-in sites first, then granted web sites; other grants are not sites', async () => {
    const { host } = fakeOptionsHost(['https://ehr.example.org/*', 'http://127.0.0.1/*', 'file:///*', 'https://a.example.com/*']);
    const model = createOptionsModel(host, db());
    await model.load();
    expect(model.sites.value).toEqual([
      { pattern: 'http://127.0.0.1/*', builtIn: true },
      { pattern: 'https://a.example.com/*', builtIn: false },
      { pattern: 'https://ehr.example.org/*', builtIn: false },
    ]);
  });

  test('revoking removes the permission and says so', async () => {
    const { host, calls } = fakeOptionsHost(['https://ehr.example.org/*']);
    const model = createOptionsModel(host, db());
    await model.load();
    await model.revoke(model.sites.value[1]!, 'ehr.example.org');
    expect(calls).toEqual(['remove https://ehr.example.org/*']);
    expect(model.sites.value.map((site) => site.pattern)).toEqual(['http://127.0.0.1/*']);
    expect(model.notice.value).toEqual({ text: 'Rapport no longer reads ehr.example.org.', tone: 'info' });
  });

  test.each(['refused', 'throws'] as const)('a removal the browser %s is reported, and the site stays listed', async (removal) => {
    const { host } = fakeOptionsHost(['https://ehr.example.org/*'], removal);
    const model = createOptionsModel(host, db());
    await model.load();
    await model.revoke(model.sites.value[1]!, 'ehr.example.org');
    expect(model.sites.value).toHaveLength(2);
    expect(model.notice.value?.tone).toBe('error');
    expect(model.notice.value?.text).toContain('ehr.example.org');
  });

  test('deleting a taught profile tombstones it and tells the open pages', async () => {
    await saveSiteProfile(db(), { origin: 'https://ehr.example.org', selectors: { name: '#n' } }, T0);
    const { host, calls } = fakeOptionsHost([]);
    const model = createOptionsModel(host, db());
    await model.load();
    expect(model.profiles.value).toHaveLength(1);
    await model.deleteProfile(model.profiles.value[0]!, 'https://ehr.example.org');
    expect(model.profiles.value).toEqual([]);
    expect(await listSiteProfiles(db())).toEqual([]);
    expect(calls).toEqual(['profiles changed']);
  });
});
